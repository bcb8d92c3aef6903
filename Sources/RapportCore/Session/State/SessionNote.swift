import Foundation

/// A free-text note, kept with who wrote it, where and when.
public struct SessionNote: Equatable, Hashable, Sendable {
  public var step: String?
  public var role: Role
  public var text: String
  public var clock: Double
  public var at: Date

  public init(step: String?, role: Role, text: String, clock: Double, at: Date) {
    self.step = step
    self.role = role
    self.text = text
    self.clock = clock
    self.at = at
  }
}

import Foundation

/// A step passed over on purpose.
public struct SessionSkip: Equatable, Hashable, Sendable {
  public var step: String
  public var reason: String?
  public var clock: Double

  public init(step: String, reason: String?, clock: Double) {
    self.step = step
    self.reason = reason
    self.clock = clock
  }
}

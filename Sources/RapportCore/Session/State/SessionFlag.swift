import Foundation

/// A moment marked for the transcriber.
public struct SessionFlag: Equatable, Hashable, Sendable {
  public var step: String?
  public var text: String?
  public var clock: Double
  public var at: Date

  public init(step: String?, text: String?, clock: Double, at: Date) {
    self.step = step
    self.text = text
    self.clock = clock
    self.at = at
  }
}

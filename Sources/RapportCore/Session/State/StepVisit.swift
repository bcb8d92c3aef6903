import Foundation

/// One stay on a step, so time on a step adds up across revisits (timeline seconds; the
/// timeline takes the pauses out).
public struct StepVisit: Equatable, Hashable, Sendable {
  /// Session-clock seconds when the step came on screen.
  public var entered: Double
  /// When it left the screen; nil while it is still there.
  public var left: Double?

  public init(entered: Double, left: Double? = nil) {
    self.entered = entered
    self.left = left
  }
}

import Foundation
import RapportTerminal

/// A clock tests move by hand.
public final class ManualClock: SessionClock {
  public var now: Date
  public var monotonic: Double

  public init(now: Date = Date(timeIntervalSince1970: 1_669_896_000), monotonic: Double = 1000) {
    self.now = now
    self.monotonic = monotonic
  }

  /// Moves both clocks forward.
  public func advance(by seconds: Double) {
    now = now.addingTimeInterval(seconds)
    monotonic += seconds
  }
}

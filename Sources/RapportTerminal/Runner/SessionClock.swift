import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where the runner gets the time: wall-clock for the journal's `at`, monotonic seconds
/// for every duration. Injected so tests run on a fake clock.
public protocol SessionClock: AnyObject {
  /// Wall-clock time, stored in UTC.
  var now: Date { get }
  /// Seconds on a clock that never jumps (not affected by NTP or a changed time zone).
  var monotonic: Double { get }
}

/// The machine's clocks.
public final class SystemClock: SessionClock {
  public init() {}

  public var now: Date { Date() }

  public var monotonic: Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1_000_000_000
  }
}

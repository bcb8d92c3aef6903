import Foundation

/// Counts the elements the session's code walks over or copies, so a test can tell linear
/// work from quadratic work without timing anything.
///
/// Only debug builds count (tests are built so): in a release build `visit` and `copy` are
/// empty and inlined away, so the live runner pays nothing for them. A test runs the work
/// inside `measure`, which gives the counts of that work alone (a task-local counter, so
/// tests running side by side do not add to each other's counts).
public enum WorkCount {
  /// What one measured piece of work did.
  public struct Tally: Equatable, Sendable {
    /// Journal entries folded into a state: the work a replay cannot avoid.
    public var folded = 0
    /// Elements of session-long lists (notes, flags, skips, cues) read one by one.
    public var visited = 0
    /// Elements of those lists copied because the list was shared when it grew.
    public var copied = 0

    public init(folded: Int = 0, visited: Int = 0, copied: Int = 0) {
      self.folded = folded
      self.visited = visited
      self.copied = copied
    }

    /// Everything counted, one unit per entry folded or element read or copied.
    public var total: Int { folded + visited + copied }
  }

  /// The running tally of one `measure`; a class so nested code adds to the same one.
  final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var tally = Tally()

    func add(folded: Int = 0, visited: Int = 0, copied: Int = 0) {
      lock.lock()
      tally.folded += folded
      tally.visited += visited
      tally.copied += copied
      lock.unlock()
    }

    var total: Tally {
      lock.lock()
      defer { lock.unlock() }
      return tally
    }
  }

  #if DEBUG
    @TaskLocal static var current: Counter?
  #endif

  /// Whether this build counts at all (debug builds do, release builds do not).
  public static var isCounting: Bool {
    #if DEBUG
      true
    #else
      false
    #endif
  }

  /// Runs `body` and returns what it did, counted.
  public static func measure(_ body: () throws -> Void) rethrows -> Tally {
    let counter = Counter()
    #if DEBUG
      try $current.withValue(counter) { try body() }
    #else
      try body()
    #endif
    return counter.total
  }

  /// One journal entry folded.
  @inline(__always)
  static func fold() {
    #if DEBUG
      current?.add(folded: 1)
    #endif
  }

  /// `count` elements read one by one.
  @inline(__always)
  static func visit(_ count: Int = 1) {
    #if DEBUG
      current?.add(visited: count)
    #endif
  }

  /// `count` elements copied.
  @inline(__always)
  static func copy(_ count: Int) {
    #if DEBUG
      current?.add(copied: count)
    #endif
  }
}

import Foundation
import RapportCore

/// Stamps events with the writer, its sequence number and both clocks, and appends them
/// durably. The session clock continues from the journal's last value on resume, so the
/// time a session spent stopped (or crashed) never counts as interview time.
public final class JournalWriter {
  public let writer: String
  private let file: JournalAppending
  private let clock: SessionClock
  private let clockBase: Double
  private let monotonicOrigin: Double
  private var nextSeq: Int

  /// - Parameters:
  ///   - lastSeq: the highest sequence number this writer already has in the journal.
  ///   - clockBase: the session clock of the journal's last event (0 for a new session).
  public init(
    file: JournalAppending, writer: String, clock: SessionClock, lastSeq: Int = 0,
    clockBase: Double = 0
  ) {
    self.file = file
    self.writer = writer
    self.clock = clock
    self.clockBase = clockBase
    self.monotonicOrigin = clock.monotonic
    self.nextSeq = lastSeq + 1
  }

  /// The session clock now, in seconds.
  public var sessionClock: Double {
    clockBase + max(0, clock.monotonic - monotonicOrigin)
  }

  /// Wall time now, from the injected clock: with the journal's entries, what the time
  /// model turns into every clock a screen shows (`SessionState.clock(at:)`).
  public var now: Date { clock.now }

  /// Writes `events` in order, each on disk before it is folded into `state`: the one way
  /// every terminal turns what it decided into the session's state.
  @discardableResult
  public func commit(_ events: [SessionEvent], to state: inout SessionState)
    throws(StorageError) -> [JournalEntry]
  {
    var entries: [JournalEntry] = []
    for event in events {
      let entry = try record(event)
      state = SessionEngine.apply(entry, to: state)
      entries.append(entry)
    }
    return entries
  }

  /// Writes one event and returns the entry once it is on disk.
  @discardableResult
  public func record(_ event: SessionEvent) throws(StorageError) -> JournalEntry {
    let entry = JournalEntry(
      seq: nextSeq, writer: writer, at: clock.now, clock: sessionClock, event: event)
    try file.append(JournalCodec.encodeLine(entry))
    nextSeq += 1
    return entry
  }
}

/// Keeps appended lines in memory; the journal of runner tests.
public final class InMemoryJournal: JournalAppending {
  public private(set) var lines: [Data] = []

  public init() {}

  public func append(_ line: Data) throws(StorageError) {
    lines.append(line)
  }

  /// The entries appended so far, decoded as a reader of the file would.
  public var entries: [JournalEntry] {
    JournalCodec.decode(lines.reduce(Data(), +)).entries
  }
}

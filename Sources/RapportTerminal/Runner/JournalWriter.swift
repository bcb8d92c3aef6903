import Foundation
import RapportCore

/// Stamps events with the writer, its sequence number and both clocks, and appends them
/// durably. The session clock continues from the journal's last value on resume, so the
/// time a session spent stopped (or crashed) never counts as interview time.
public final class JournalWriter {
  public let writer: String
  private var file: JournalAppending
  private let clock: SessionClock
  private let clockBase: Double
  private let monotonicOrigin: Double
  private var nextSeq: Int
  /// Lines not on disk yet (the disk refused them), oldest first; written before any new one.
  public private(set) var pending: [Data] = []

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

  /// The journal file appended to, when it is one: a follower in this process skips the
  /// lines it wrote rather than reading them back.
  public var journalFile: JournalFile? { file as? JournalFile }

  /// The session clock now, in seconds.
  public var sessionClock: Double {
    clockBase + max(0, clock.monotonic - monotonicOrigin)
  }

  /// Wall time now, from the injected clock: with the journal's entries, what the time
  /// model turns into every clock a screen shows (`SessionState.clock(at:)`).
  public var now: Date { clock.now }

  /// Writes `events` in order, each on disk before it is folded into `state`: the one way
  /// every terminal turns what it decided into the session's state.
  ///
  /// Strict: the first failure throws and nothing more is folded. For a session's start,
  /// which must be on disk or not exist; a running session uses `commitKeeping`.
  @discardableResult
  public func commit(_ events: [SessionEvent], to state: inout SessionState)
    throws(StorageError) -> [JournalEntry]
  {
    try flush()
    var entries: [JournalEntry] = []
    for event in events {
      let entry = try record(event)
      SessionEngine.fold(entry, into: &state)
      entries.append(entry)
    }
    return entries
  }

  /// Writes the lines kept in memory and then `events`, in order, folding each event into
  /// `state` whether or not the disk took it: the interview goes on when the disk fails.
  ///
  /// What the disk refused stays in `pending`, in order, and is written before the next
  /// event (or elsewhere with `moveTo`).
  @discardableResult
  public func commitKeeping(_ events: [SessionEvent], to state: inout SessionState) -> SaveReport {
    let before = pending.count
    var failure: StorageError?
    do { try flush() } catch { failure = error }
    let written = before - pending.count
    var entries: [JournalEntry] = []
    for event in events {
      let entry = stamp(event)
      let line = JournalCodec.encodeLine(entry)
      if failure == nil {
        do { try file.append(line) } catch {
          failure = error
          pending.append(line)
        }
      } else {
        pending.append(line)
      }
      SessionEngine.fold(entry, into: &state)
      entries.append(entry)
    }
    return SaveReport(
      entries: entries, failure: failure, unsaved: pending.count, recovered: written)
  }

  /// Writes the lines kept in memory, oldest first; stops at the first the disk refuses.
  public func flush() throws(StorageError) {
    while let line = pending.first {
      try file.append(line)
      pending.removeFirst()
    }
  }

  /// Appends from now on to `file`, which already holds every pending line (a copy of the
  /// journal made elsewhere by `/saveto`).
  public func moveTo(_ file: JournalAppending) {
    self.file = file
    pending.removeAll()
  }

  /// Writes one event and returns the entry once it is on disk.
  @discardableResult
  public func record(_ event: SessionEvent) throws(StorageError) -> JournalEntry {
    try flush()
    let entry = stamp(event)
    do { try file.append(JournalCodec.encodeLine(entry)) } catch {
      nextSeq -= 1  // Not written: the next event takes this number.
      throw error
    }
    return entry
  }

  /// The entry for `event`, with this writer's next sequence number and both clocks.
  private func stamp(_ event: SessionEvent) -> JournalEntry {
    let entry = JournalEntry(
      seq: nextSeq, writer: writer, at: clock.now, clock: sessionClock, event: event)
    nextSeq += 1
    return entry
  }
}

/// What one `commitKeeping` did.
public struct SaveReport: Equatable {
  /// The entries of the events, stamped and folded, saved or not.
  public var entries: [JournalEntry]
  /// Why the disk refused a line, or nil when everything is on disk.
  public var failure: StorageError?
  /// Lines kept in memory now, not on disk.
  public var unsaved: Int
  /// Lines kept in memory earlier that are now on disk.
  public var recovered: Int
}

import Foundation
import RapportCore

extension SessionOpener {
  /// A session opened by a second terminal, to follow it and write beside its driver.
  public struct Joined {
    public var folder: SessionFolder
    /// The protocol from the journal's own snapshot.
    public var protocolValue: InterviewProtocol
    /// The journal replayed, up to its last complete line.
    public var state: SessionState
    /// Every entry read, for the view's list of recent notes and cues.
    public var entries: [JournalEntry]
    /// Appends as the joining terminal, continuing its writer's sequence numbers.
    public var writer: JournalWriter
    /// Reads what the other terminals append from here on.
    public var follower: JournalFollower
    /// Plain sentences about damaged lines, without any of their content.
    public var report: [String]
  }

  /// Reads a session for a joining terminal writing as `writer`; never changes the file.
  ///
  /// A journal this build must not write to (newer format, edited snapshot, no start) is
  /// refused: joining means appending notes. A partial last line is a write in flight: the
  /// follower starts at its first byte and reads it once its newline arrives. While
  /// `driverIsAlive`, the session clock is the driver's: the last entry's clock plus the
  /// wall-clock time since it was written. `notifications: false` makes the follower poll
  /// instead of using inotify.
  ///
  /// `adjusting` may change the snapshot's protocol before the session is replayed on it
  /// (`rapport join --study` fills in `{site.welfare}` as the lead's `run --study` did;
  /// without it, the placeholders show their bracketed gap).
  public func join(
    _ folder: SessionFolder, writer name: String, driverIsAlive: Bool, notifications: Bool = true,
    adjusting: (SessionStart, InterviewProtocol) -> InterviewProtocol = {
      SitePlaceholders.fill($1, site: nil)
    }
  ) throws(SessionOpenError) -> Joined {
    do { try folder.checkEntries() } catch { throw .storage(error) }
    let (data, read) = try Self.read(folder)
    let start = try Self.writableStart(read, in: folder)
    let interviewProtocol = adjusting(start, try Self.snapshotProtocol(start, in: folder))
    let state = SessionEngine.replay(read.entries, protocol: interviewProtocol)
    let lastSeq = read.entries.filter { $0.writer == name }.map(\.seq).max() ?? 0
    var clockBase = read.entries.map(\.clock).max() ?? 0
    if driverIsAlive, !state.isEnded, let last = read.entries.last {
      clockBase = last.clock + max(0, clock.now.timeIntervalSince(last.at))
    }
    let file: JournalFile
    let follower: JournalFollower
    do {
      file = try JournalFile(path: folder.journalPath)
      follower = try JournalFollower(
        path: folder.journalPath, from: read.tornTailOffset ?? data.count,
        useNotifications: notifications, skipping: file)
    } catch { throw .storage(error) }
    let writer = JournalWriter(
      file: file, writer: name, clock: clock, lastSeq: lastSeq, clockBase: clockBase)
    var report = read.lineProblems.map(\.sentence)
    if let drift = ProtocolFileCheck.drift(of: start) { report.append(drift.sentence) }
    return Joined(
      folder: folder, protocolValue: interviewProtocol, state: state, entries: read.entries,
      writer: writer, follower: follower, report: report)
  }
}

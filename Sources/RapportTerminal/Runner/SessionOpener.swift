import Foundation
import RapportCore

/// Opens a session's journal for a runner: a new one, or an existing one to resume.
///
/// Resuming reads the journal, refuses one this build must not write to (a newer format,
/// an edited snapshot, no session start), sets a torn last line aside (never drops it),
/// replays the events into the state and records that a process re-attached.
public struct SessionOpener {
  public let store: SessionStore
  public let clock: SessionClock

  public init(store: SessionStore, clock: SessionClock) {
    self.store = store
    self.clock = clock
  }

  /// A journal open for writing with the state it holds, and what the reader should know.
  public struct Opened {
    public var folder: SessionFolder
    public var protocolValue: InterviewProtocol
    public var state: SessionState
    public var writer: JournalWriter
    /// Plain sentences about recovered or damaged lines, without any of their content.
    public var report: [String]
    /// Where the state read ends in the journal: a follower of the other terminals' lines
    /// starts here.
    public var followFrom: Int = 0
  }

  /// Creates the session folder and journals its start, atomically: the folder's journal
  /// exists only once it holds the start and the first step (see `createSession`).
  public func start(
    protocol interviewProtocol: InterviewProtocol, text: String, path: String,
    participant: String, lead: String?, support: String?, version: String
  ) throws(StorageError) -> Opened {
    var state = SessionState(protocol: interviewProtocol)
    var written = 0
    var lastClock = 0.0
    let folder = try store.createSession(
      participant: participant, protocolID: interviewProtocol.id.value, startedAt: clock.now
    ) { (name, journal) throws(StorageError) in
      let writer = JournalWriter(file: journal, writer: Role.lead.rawValue, clock: clock)
      let start = SessionStart(
        sessionID: name, protocolID: interviewProtocol.id.value,
        protocolVersion: interviewProtocol.version?.value, protocolPath: path,
        protocolText: text, participant: participant, lead: lead, support: support,
        rapportVersion: version)
      let entries = try writer.commit(
        SessionEngine.start(start, protocol: interviewProtocol), to: &state)
      written = entries.count
      lastClock = entries.last?.clock ?? 0
    }
    // The first lines were written under the temporary name; go on in the journal itself.
    let file = try JournalFile(path: folder.journalPath)
    let writer = JournalWriter(
      file: file, writer: Role.lead.rawValue, clock: clock, lastSeq: written,
      clockBase: lastClock)
    return Opened(
      folder: folder, protocolValue: interviewProtocol, state: state, writer: writer, report: [])
  }

  /// Reads a session back for `role`; the protocol comes from the journal's own snapshot.
  ///
  /// `holding`: this process's own open journal file, if it has one (a supporter taking
  /// over): recovery turns its lock exclusive instead of waiting for it.
  ///
  /// `adjusting` may change the snapshot's protocol before the session is replayed on it
  /// (`rapport resume --study` fills in `{site.welfare}` as `run --study` did; without it,
  /// the placeholders show their bracketed gap).
  public func resume(
    _ folder: SessionFolder, as role: Role, holding own: JournalFile? = nil,
    adjusting: (SessionStart, InterviewProtocol) -> InterviewProtocol = {
      SitePlaceholders.fill($1, site: nil)
    }
  ) throws(SessionOpenError) -> Opened {
    do { try folder.checkEntries() } catch { throw .storage(error) }
    var (data, read) = try Self.read(folder)
    let start = try Self.writableStart(read, in: folder)
    var report: [String] = []
    if let tail = read.tornTail, let offset = read.tornTailOffset {
      do {
        if let recovery = try folder.setAsideTornTail(tail, at: offset, holding: own) {
          report.append(
            JournalProblem.tornTailSetAside(byteCount: tail.count, recoveryPath: recovery)
              .sentence)
        }
      } catch {
        // A full disk must not stop the interview: the bytes stay, nothing is lost.
        let reason = error.errorDescription ?? "the disk refused"
        report.append(
          JournalProblem.tornTailKept(byteCount: tail.count, reason: reason).sentence)
      }
      // Read again: the other writer may have appended (or ended the torn bytes) meanwhile.
      (data, read) = try Self.read(folder)
    }
    report += read.lineProblems.map(\.sentence)
    if let drift = ProtocolFileCheck.drift(of: start) { report.append(drift.sentence) }
    let interviewProtocol = adjusting(start, try Self.snapshotProtocol(start, in: folder))
    let state = SessionEngine.replay(read.entries, protocol: interviewProtocol)
    let lastSeq = read.entries.filter { $0.writer == role.rawValue }.map(\.seq).max() ?? 0
    let file: JournalFile
    do { file = try JournalFile(path: folder.journalPath) } catch { throw .storage(error) }
    let writer = JournalWriter(
      file: file, writer: role.rawValue, clock: clock, lastSeq: lastSeq,
      clockBase: read.entries.map(\.clock).max() ?? 0)
    // A partial last line still there is another writer's append in flight: followed.
    return Opened(
      folder: folder, protocolValue: interviewProtocol, state: state, writer: writer,
      report: report, followFrom: read.tornTailOffset ?? data.count)
  }

  static func read(_ folder: SessionFolder) throws(SessionOpenError) -> (Data, JournalReadResult) {
    let data: Data
    do { data = try folder.readJournal() } catch { throw .storage(error) }
    return (data, JournalCodec.decode(data))
  }

  /// The session start, or the refusal when this build must not append to the journal.
  static func writableStart(_ read: JournalReadResult, in folder: SessionFolder)
    throws(SessionOpenError) -> SessionStart
  {
    if let refusal = read.writeRefusal { throw .refused(folder.path, refusal) }
    guard let start = read.sessionStart else { throw .refused(folder.path, .noSessionStart) }
    return start
  }

  static func snapshotProtocol(_ start: SessionStart, in folder: SessionFolder)
    throws(SessionOpenError) -> InterviewProtocol
  {
    let loaded = ProtocolLoader.load(text: start.protocolText, path: start.protocolPath)
    guard let interviewProtocol = loaded.protocol else { throw .snapshotUnreadable(folder.path) }
    return interviewProtocol
  }
}

/// Why a session could not be opened; messages name the folder, never its content.
public enum SessionOpenError: LocalizedError, Equatable {
  case storage(StorageError)
  /// The journal must not be written to by this build; says why in the shared wording.
  case refused(String, JournalProblem)
  case snapshotUnreadable(String)

  public var errorDescription: String? {
    switch self {
    case .storage(let error): error.errorDescription
    case .refused(let path, let problem):
      "session '\(path)': \(problem.sentence) \(Self.consequence(of: problem))"
    case .snapshotUnreadable(let path):
      "the protocol snapshot in '\(path)' cannot be read by this version of rapport"
    }
  }

  private static func consequence(of problem: JournalProblem) -> String {
    switch problem {
    case .newerFormat:
      "Refusing to write to it: continue it with a newer rapport ('rapport sessions' and "
        + "'rapport export' can still read it)."
    case .snapshotAltered:
      "Refusing to continue it with a protocol that may not be the one the session used."
    case .emptyJournal, .noSessionStart: "There is nothing to continue."
    default: "Refusing to write to it."
    }
  }
}

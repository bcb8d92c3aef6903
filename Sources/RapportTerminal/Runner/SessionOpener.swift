import Foundation
import RapportCore

/// Opens a session's journal for a runner: a new one, or an existing one to resume.
///
/// Resuming reads the journal, sets a torn last line aside (never drops it), replays the
/// events into the state and records that a process re-attached.
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

  /// Creates the session folder and journals its start.
  public func start(
    protocol interviewProtocol: InterviewProtocol, text: String, path: String,
    participant: String, lead: String?, support: String?, version: String
  ) throws(StorageError) -> Opened {
    let folder = try store.createSession(
      participant: participant, protocolID: interviewProtocol.id.value, startedAt: clock.now)
    let file = try JournalFile(path: folder.journalPath)
    let writer = JournalWriter(file: file, writer: Role.lead.rawValue, clock: clock)
    var state = SessionState(protocol: interviewProtocol)
    let start = SessionStart(
      sessionID: folder.name, protocolID: interviewProtocol.id.value,
      protocolVersion: interviewProtocol.version?.value, protocolPath: path, protocolText: text,
      participant: participant, lead: lead, support: support, rapportVersion: version)
    try writer.commit(SessionEngine.start(start, protocol: interviewProtocol), to: &state)
    return Opened(
      folder: folder, protocolValue: interviewProtocol, state: state, writer: writer, report: [])
  }

  /// Reads a session back for `role`; the protocol comes from the journal's own snapshot.
  public func resume(_ folder: SessionFolder, as role: Role) throws(SessionOpenError) -> Opened {
    let data: Data
    do { data = try folder.readJournal() } catch { throw .storage(error) }
    var read = JournalCodec.decode(data)
    var report: [String] = []
    if let tail = read.tornTail, let offset = read.tornTailOffset {
      do {
        let recovery = try folder.setAsideTornTail(tail, validLength: offset)
        report.append(
          "the last line of the journal was cut short (the program stopped mid-write); "
            + "its \(tail.count) bytes were moved to '\(recovery)' and the rest loaded.")
      } catch { throw .storage(error) }
      read.tornTail = nil
    }
    for line in read.damagedLines {
      report.append("journal line \(line) is damaged and was left out of the replay.")
    }
    guard let start = read.sessionStart else { throw .notASession(folder.path) }
    guard start.snapshotIsIntact else { throw .snapshotAltered(folder.path) }
    let loaded = ProtocolLoader.load(text: start.protocolText, path: start.protocolPath)
    guard let interviewProtocol = loaded.protocol else {
      throw .snapshotUnreadable(folder.path)
    }
    let state = SessionEngine.replay(read.entries, protocol: interviewProtocol)
    let lastSeq = read.entries.filter { $0.writer == role.rawValue }.map(\.seq).max() ?? 0
    let file: JournalFile
    do { file = try JournalFile(path: folder.journalPath) } catch { throw .storage(error) }
    let writer = JournalWriter(
      file: file, writer: role.rawValue, clock: clock, lastSeq: lastSeq,
      clockBase: read.entries.map(\.clock).max() ?? 0)
    return Opened(
      folder: folder, protocolValue: interviewProtocol, state: state, writer: writer,
      report: report, followFrom: read.tornTailOffset ?? data.count)
  }
}

/// Why a session could not be opened; messages name the folder, never its content.
public enum SessionOpenError: LocalizedError, Equatable {
  case storage(StorageError)
  case notASession(String)
  case snapshotAltered(String)
  case snapshotUnreadable(String)

  public var errorDescription: String? {
    switch self {
    case .storage(let error): error.errorDescription
    case .notASession(let path): "'\(path)' holds no session start: it is not a session journal"
    case .snapshotAltered(let path):
      "the protocol snapshot in '\(path)' does not match its SHA-256: the journal was edited"
    case .snapshotUnreadable(let path):
      "the protocol snapshot in '\(path)' cannot be read by this version of rapport"
    }
  }
}

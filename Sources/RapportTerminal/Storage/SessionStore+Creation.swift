import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension SessionStore {
  /// Writes a new session's first lines into a journal that is not yet in place; the name
  /// passed is the session's folder name, its id.
  public typealias FirstLines = (_ sessionName: String, _ journal: JournalFile) throws(StorageError)
    -> Void

  /// Creates a session folder named after participant, protocol and start time, atomically:
  /// its journal appears only once it holds the session's first lines.
  ///
  /// `firstLines` writes them to a temporary file in the new folder; that file is fsync'd
  /// (each append is), renamed to `journal.jsonl`, and the folders are fsync'd. So a start
  /// that fails (a full disk, a kill) never leaves a journal without its start: at worst a
  /// folder without a journal, which is not listed, offered or resumed. On a failure that
  /// is reported, the temporary file and the new folder are removed again.
  public func createSession(
    participant: String, protocolID: String, startedAt: Date, firstLines: FirstLines
  ) throws(StorageError) -> SessionFolder {
    guard Self.isSafeParticipantID(participant) else {
      throw .unsafeParticipantID(participant)
    }
    try Self.makePrivateFolder(root, allowExisting: true)
    _ = try checkRoot()
    let folder = try claimFolder(participant: participant, protocolID: protocolID, at: startedAt)
    let temporary = "\(folder.path)/.journal-start.tmp"
    do throws(StorageError) {
      let journal = try JournalFile(path: temporary)
      try firstLines(folder.name, journal)
      guard rename(temporary, folder.journalPath) == 0 else {
        throw StorageError.cannotWrite(path: folder.journalPath, reason: SessionFile.lastError())
      }
      try SessionFile.syncFolder(folder.path)
      try SessionFile.syncFolder(root)
    } catch {
      // Only what this call made: the temporary file (or the journal it became) and the
      // folder it claimed, which holds nothing else.
      unlink(temporary)
      if SessionFile.kind(of: folder.journalPath) == .regular, !folder.holdsSessionStart {
        unlink(folder.journalPath)
      }
      rmdir(folder.path)
      throw error
    }
    return folder
  }

  /// Makes the new session's folder under a name no other session has.
  private func claimFolder(participant: String, protocolID: String, at date: Date)
    throws(StorageError) -> SessionFolder
  {
    let stamp = Self.stampFormatter.string(from: date)
    let base = "\(participant)_\(protocolID)_\(stamp)"
    for attempt in 1...1000 {
      let name = attempt == 1 ? base : "\(base)-\(attempt)"
      let path = "\(root)/\(name)"
      if mkdir(path, 0o700) == 0 {
        chmod(path, 0o700)
        return SessionFolder(path: path)
      }
      guard errno == EEXIST else {
        throw .cannotCreateFolder(path: path, reason: SessionFile.lastError())
      }
    }
    throw .cannotCreateFolder(path: "\(root)/\(base)", reason: "too many sessions that second")
  }
}

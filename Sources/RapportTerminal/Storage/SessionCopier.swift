import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a whole copy of a session into a new folder elsewhere: its journal's complete
/// lines as they are on disk, then the lines still kept in memory. For `/saveto` when the
/// disk is full, and for the rescue copy at the end of a session.
///
/// The new folder is created 0700 with `mkdir` (never an existing one, never overwritten),
/// the journal written 0600 to a temporary file, fsync'd and renamed into place, so the folder
/// holds a whole journal or is removed again.
public struct SessionCopier {
  private let calls: FileSystemCalls

  public init(calls: FileSystemCalls = SystemFileCalls.shared) {
    self.calls = calls
  }

  /// Where the session goes when the disk refuses it at the end, in order of preference:
  /// `$HOME/rapport-rescue`, then a private folder in the temporary folder.
  public static func rescueRoots(
    environment: [String: String] = ProcessInfo.processInfo.environment
  )
    -> [String]
  {
    var roots: [String] = []
    if let home = environment["HOME"], !home.isEmpty { roots.append(home + "/rapport-rescue") }
    let temporary = environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    roots.append(temporary + "/rapport-rescue-\(getuid())")
    return roots
  }

  /// Copies `folder`'s session with `pending` after it into a new folder under `root`
  /// (created 0700 if missing), named like the original (with `-2`, `-3`… when taken).
  public func copy(_ folder: SessionFolder, pending: [Data], into root: String)
    throws(StorageError) -> SessionFolder
  {
    let saved = try completeLines(of: folder.journalPath)
    var pending = pending
    // A line whose failed append could not be taken back is on disk already: not twice.
    if let first = pending.first, saved.range(of: first) != nil { pending.removeFirst() }
    let journal = saved + pending.reduce(Data(), +)
    let madeRoot = try makeRoot(root)
    do {
      return try copy(journal, named: folder.name, into: root)
    } catch {
      // A rescue folder made for a copy that failed goes too: no empty stub is left.
      if madeRoot { _ = calls.rmdir(root) }
      throw error
    }
  }

  private func copy(_ journal: Data, named base: String, into root: String)
    throws(StorageError) -> SessionFolder
  {
    var attempt = 1
    while true {
      let name = attempt == 1 ? base : "\(base)-\(attempt)"
      let target = SessionFolder(path: "\(root)/\(name)")
      if calls.mkdir(target.path, 0o700) == 0 {
        do {
          try writeJournal(journal, in: target)
        } catch {
          _ = calls.rmdir(target.path)
          throw error
        }
        return target
      }
      guard errno == EEXIST, attempt < 1000 else {
        throw .cannotCreateFolder(path: target.path, reason: DiskFault.reason(errno))
      }
      attempt += 1
    }
  }

  /// The rescue root: made 0700 if missing (true), or an existing real folder of ours.
  private func makeRoot(_ root: String) throws(StorageError) -> Bool {
    if calls.mkdir(root, 0o700) == 0 { return true }
    let code = errno
    var info = stat()
    guard code == EEXIST, lstat(root, &info) == 0 else {
      throw .cannotCreateFolder(path: root, reason: DiskFault.reason(code))
    }
    guard info.st_mode & S_IFMT == S_IFDIR else {
      throw .cannotCreateFolder(path: root, reason: "it exists and is not a folder (or is a link)")
    }
    guard info.st_uid == getuid() else {
      throw .cannotCreateFolder(path: root, reason: "it belongs to another user")
    }
    return false
  }

  private func writeJournal(_ journal: Data, in target: SessionFolder) throws(StorageError) {
    let temporary = target.path + "/.journal.jsonl.partial"
    let fd = calls.open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw .cannotOpen(path: temporary, reason: DiskFault.reason(errno)) }
    var failure: StorageError?
    _ = calls.fchmod(fd, 0o600)
    let written = calls.write(fd, journal)
    if written != journal.count {
      failure = .cannotWrite(
        path: temporary, reason: written < 0 ? DiskFault.reason(errno) : DiskFault.shortWrite)
    } else if calls.fsync(fd) != 0 {
      failure = .cannotWrite(path: temporary, reason: DiskFault.reason(errno))
    }
    _ = calls.close(fd)
    if failure == nil, calls.rename(temporary, target.journalPath) != 0 {
      failure = .cannotWrite(path: target.journalPath, reason: DiskFault.reason(errno))
    }
    if let failure {
      _ = calls.unlink(temporary)
      throw failure
    }
    // The new name is in the folder for good once the folder itself is on disk.
    let folderDescriptor = calls.open(target.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0)
    if folderDescriptor >= 0 {
      _ = calls.fsync(folderDescriptor)
      _ = calls.close(folderDescriptor)
    }
  }

  /// The journal up to its last newline: a torn tail stays in the original only.
  private func completeLines(of path: String) throws(StorageError) -> Data {
    let fd = calls.open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC, 0)
    guard fd >= 0 else { throw .cannotRead(path: path, reason: DiskFault.reason(errno)) }
    defer { _ = calls.close(fd) }
    var data = Data()
    while true {
      guard let chunk = calls.read(fd, count: 1 << 20, at: data.count) else {
        throw .cannotRead(path: path, reason: DiskFault.reason(errno))
      }
      if chunk.isEmpty { break }
      data.append(chunk)
    }
    guard let end = data.lastIndex(of: 0x0A) else { return Data() }
    return data.prefix(through: end)
  }
}

import Foundation
import RapportCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A study's ledger on disk: `STUDY.study.jsonl` in the responses folder, append-only,
/// each line `fsync`'d by `JournalFile` (0600, never through a link), beside the session
/// folders it is about.
///
/// Giving out an id reads the ledger and appends to it under an exclusive `flock` on
/// `STUDY.study.lock`, so two coordinators screening at once never get the same id: the
/// second waits for the first's line to be on disk, then reads it.
public struct StudyLedgerFile: Sendable {
  public let root: String
  public let path: String
  public let lockPath: String

  /// The ledger of study `studyID` in responses folder `root`.
  public init(root: String, studyID: String) {
    self.root = root
    path = "\(root)/\(studyID).study.jsonl"
    lockPath = "\(root)/\(studyID).study.lock"
  }

  /// The ledger as it is now (empty when there is none yet). A ledger others may read
  /// (copied in, or made by hand) is made 0600 again, as every session file is.
  public func read() throws(StorageError) -> StudyLedger {
    switch SessionFile.kind(of: path) {
    case .missing: return StudyLedger()
    case .symbolicLink: throw .symbolicLink(path: path, within: "responses folder")
    default: break
    }
    let fd = try SessionFile.open(path, O_RDONLY)
    defer { close(fd) }
    var info = stat()
    if fstat(fd, &info) == 0, info.st_mode & 0o077 != 0, info.st_uid == geteuid() {
      _ = fchmod(fd, 0o600)
    }
    let data = try SessionFile.readAll(fd, path: path)
    return StudyLedger(data: data, path: path)
  }

  /// Runs `body` with the ledger read under the exclusive lock; the entry it returns (if
  /// any) is appended, on disk, before the lock is let go.
  public func update<T>(
    _ body: (StudyLedger) throws -> (entry: StudyLedgerEntry?, result: T)
  ) throws -> T {
    try locked {
      let ledger = try read()
      let (entry, result) = try body(ledger)
      if let entry { try append(entry) }
      return result
    }
  }

  /// Runs `body` holding the ledger's exclusive lock, which every writer of the ledger takes.
  func locked<T>(_ body: () throws -> T) throws -> T {
    try SessionStore.makePrivateFolder(root, allowExisting: true)
    let lock = try SessionFile.open(lockPath, O_RDWR, creating: true)
    defer { close(lock) }
    while flock(lock, LOCK_EX) != 0 {
      guard errno == EINTR else {
        throw StorageError.cannotOpen(path: lockPath, reason: String(cString: strerror(errno)))
      }
    }
    defer { flock(lock, LOCK_UN) }
    return try body()
  }

  /// Appends one entry, fsync'd, creating the ledger 0600 when it is new.
  public func append(_ entry: StudyLedgerEntry) throws(StorageError) {
    let file = try JournalFile(path: path)
    try file.append(entry.line)
  }

  /// The current time as the ledger writes it (UTC, ISO 8601, seconds).
  public static func stamp(_ date: Date = Date()) -> String {
    ISO8601DateFormatter().string(from: date)
  }
}

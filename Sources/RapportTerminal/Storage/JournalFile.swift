import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Appends journal lines durably: once `append` returns, the line is on disk.
///
/// One `write` per line on an `O_APPEND` descriptor, under an exclusive `flock` held
/// across the write and the `fsync`, so two writers on one journal never interleave or
/// tear lines, and a kill -9 or power cut after Enter cannot lose what was typed.
///
/// A failed append (disk full, file too large, I/O error, short write) leaves the journal
/// as it was: this writer's own partial bytes are cut back under the lock, before any other
/// writer can append. The caller keeps the line and appends it again later.
public final class JournalFile: JournalAppending {
  public let path: String
  private let descriptor: Int32
  private let calls: FileSystemCalls
  /// Bytes of a failed append that could not be cut back: where they start and what they are.
  private var leftover: (start: Int, bytes: Data)?

  /// Opens (creating with mode 0600 if needed) the journal for appending.
  ///
  /// Never through a symbolic link, and only a regular file: a planted link cannot send
  /// notes out of the session folder. Only a file created here is chmod'ed (to 0600 whatever
  /// the umask); an existing one keeps its mode (see docs/journal-format.md).
  public init(path: String, calls: FileSystemCalls = SystemFileCalls.shared)
    throws(StorageError)
  {
    self.path = path
    self.calls = calls
    descriptor = try SessionFile.open(
      path, O_RDWR | O_APPEND, creating: true, opening: calls.open)
  }

  deinit { _ = calls.close(descriptor) }

  /// Writes `line` (which must end in a newline) and waits until it is on disk.
  ///
  /// On a throw nothing of `line` is in the journal, or (when the cut-back failed too) the
  /// next call with the same line finds its bytes and does not write them twice.
  public func append(_ line: Data) throws(StorageError) {
    guard calls.flock(descriptor, LOCK_EX) == 0 else { throw failure() }
    defer { _ = calls.flock(descriptor, LOCK_UN) }
    guard var start = calls.size(descriptor) else { throw failure() }
    if let leftover {
      switch try settle(leftover, line: line, size: start) {
      case .written: return
      case .cutBack(let size): start = size
      case .keep: break
      }
    }
    // Under the lock no write is in flight: a last line without its newline was torn by a
    // writer that died. Ending it first keeps this line whole (the torn one reads as damaged).
    let bytes = endsWithNewline(size: start) ? line : Data([0x0A]) + line
    let written = calls.write(descriptor, bytes)
    guard written == bytes.count else {
      // O_APPEND writes of a few KiB to a local file are not split; a short write means
      // the disk is full or over the size limit (`ulimit -f`).
      let reason = written < 0 ? Self.lastError() : DiskFault.shortWrite
      if written > 0 { cutBack(to: start, bytes: bytes.prefix(written)) }
      throw .cannotWrite(path: path, reason: reason)
    }
    guard calls.fsync(descriptor) == 0 else {
      let reason = Self.lastError()
      // Not confirmed on disk: taken back, so that the retry is the one copy.
      cutBack(to: start, bytes: bytes)
      throw .cannotWrite(path: path, reason: reason)
    }
  }

  private enum Settled {
    case written
    case cutBack(Int)
    case keep
  }

  /// Deals with the bytes an earlier failed append of `line` left behind.
  private func settle(_ leftover: (start: Int, bytes: Data), line: Data, size: Int)
    throws(StorageError) -> Settled
  {
    let end = leftover.start + leftover.bytes.count
    let found = calls.read(descriptor, count: leftover.bytes.count, at: leftover.start)
    guard found == leftover.bytes else {
      self.leftover = nil  // Gone (set aside by a recovery): write the line afresh.
      return .keep
    }
    if size == end {
      // Still the last bytes of the file, and the lock is ours: nobody else's to lose.
      guard calls.ftruncate(descriptor, off_t(leftover.start)) == 0 else { throw failure() }
      self.leftover = nil
      return .cutBack(leftover.start)
    }
    self.leftover = nil
    // Another writer ended them with a newline: whole, they are the line, saved once.
    let whole = leftover.bytes.last == 0x0A ? leftover.bytes : leftover.bytes + Data([0x0A])
    if whole.count >= line.count, whole.suffix(line.count) == line {
      guard calls.fsync(descriptor) == 0 else { throw failure() }
      return .written
    }
    return .keep  // A fragment: it reads as a damaged line; the line goes after it.
  }

  /// Cuts this writer's own bytes of a failed append off again, under the lock.
  private func cutBack(to start: Int, bytes: Data) {
    if calls.ftruncate(descriptor, off_t(start)) != 0 {
      leftover = (start, Data(bytes))
    }
  }

  /// Unreadable counts as not ending in a newline: a blank line reads as nothing, while a
  /// line glued to a torn one would be lost with it.
  private func endsWithNewline(size: Int) -> Bool {
    guard size > 0 else { return true }
    guard let last = calls.read(descriptor, count: 1, at: size - 1) else { return false }
    return last.first == 0x0A
  }

  private func failure() -> StorageError {
    .cannotWrite(path: path, reason: Self.lastError())
  }

  static func lastError() -> String {
    DiskFault.reason(errno)
  }
}

/// Where journal lines go; the real file in the product, an array in tests.
public protocol JournalAppending: AnyObject {
  func append(_ line: Data) throws(StorageError)
}

/// Failures at the file-system boundary, with the path but never the data.
public enum StorageError: LocalizedError, Equatable {
  case cannotOpen(path: String, reason: String)
  case cannotWrite(path: String, reason: String)
  case cannotRead(path: String, reason: String)
  case cannotCreateFolder(path: String, reason: String)
  case unsafeParticipantID(String)
  case noSuchSession(String)
  case ambiguousSession(String, candidates: [String])
  /// A session file or folder that is a symbolic link; `within` names what it would leave.
  case symbolicLink(path: String, within: String)
  /// A responses folder that is a symbolic link (the user is told to name its target).
  case linkedResponsesFolder(path: String)
  /// A FIFO, device, socket or folder where a regular file (or a folder) belongs.
  case notRegularFile(path: String)

  public var errorDescription: String? {
    switch self {
    case .cannotOpen(let path, let reason): "cannot open '\(path)': \(reason)"
    case .cannotWrite(let path, let reason): "cannot write '\(path)': \(reason)"
    case .cannotRead(let path, let reason): "cannot read '\(path)': \(reason)"
    case .cannotCreateFolder(let path, let reason): "cannot create folder '\(path)': \(reason)"
    case .unsafeParticipantID(let id):
      "participant id '\(id)' cannot be used as a folder name (letters, digits, '-' and '_' only)"
    case .noSuchSession(let name): "no session '\(name)' (see 'rapport sessions')"
    case .ambiguousSession(let name, let candidates):
      "'\(name)' matches \(candidates.count) sessions: \(candidates.joined(separator: ", "))"
    case .symbolicLink(let path, let within):
      "'\(path)' is a symbolic link: refusing to follow it out of the \(within)"
    case .linkedResponsesFolder(let path):
      "the responses folder '\(path)' is a symbolic link: refusing to follow it (name the "
        + "folder it points to with --responses)"
    case .notRegularFile(let path): "'\(path)' is not a regular file: refusing to use it"
    }
  }
}

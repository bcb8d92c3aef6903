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
public final class JournalFile: JournalAppending {
  public let path: String
  private let descriptor: Int32

  /// Opens (creating with mode 0600 if needed) the journal for appending.
  ///
  /// Never through a symbolic link, and only a regular file: a planted link cannot send
  /// notes out of the session folder. Only a file created here is chmod'ed (to 0600 whatever
  /// the umask); an existing one keeps its mode (see docs/journal-format.md).
  public init(path: String) throws(StorageError) {
    self.path = path
    descriptor = try SessionFile.open(path, O_WRONLY | O_APPEND, creating: true)
  }

  deinit { close(descriptor) }

  /// Writes `line` (which must end in a newline) and waits until it is on disk.
  public func append(_ line: Data) throws(StorageError) {
    guard flock(descriptor, LOCK_EX) == 0 else {
      throw StorageError.cannotWrite(path: path, reason: Self.lastError())
    }
    defer { flock(descriptor, LOCK_UN) }
    // Under the lock no write is in flight: a last line without its newline was torn by a
    // writer that died. Ending it first keeps this line whole (the torn one reads as damaged).
    let line = endsWithNewline() ? line : Data([0x0A]) + line
    let written = line.withUnsafeBytes { buffer -> Int in
      guard let base = buffer.baseAddress else { return 0 }
      return write(descriptor, base, buffer.count)
    }
    guard written == line.count else {
      // O_APPEND writes of a few KiB to a local file are not split; a short write means
      // the disk is full or failing, and the reader will set the torn tail aside.
      throw StorageError.cannotWrite(
        path: path, reason: written < 0 ? Self.lastError() : "short write (disk full?)")
    }
    guard fsync(descriptor) == 0 else {
      throw StorageError.cannotWrite(path: path, reason: Self.lastError())
    }
  }

  private func endsWithNewline() -> Bool {
    var info = stat()
    guard fstat(descriptor, &info) == 0, info.st_size > 0 else { return true }
    let reader = open(path, O_RDONLY | O_CLOEXEC)
    guard reader >= 0 else { return true }
    defer { close(reader) }
    var last: UInt8 = 0x0A
    return pread(reader, &last, 1, info.st_size - 1) != 1 || last == 0x0A
  }

  static func lastError() -> String {
    String(cString: strerror(errno))
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

import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Appends journal lines durably: once `append` returns, the line is on disk, whole.
///
/// Each writer holds a shared `flock` on the journal for as long as it is open, and appends
/// each line with one `write` on an `O_APPEND` descriptor (the kernel places and serialises
/// writes to a regular file, so two writers never interleave bytes), then `fsync`s it. Three
/// system calls per line: `write`, `fsync`, and an `lseek` that says where the line landed.
/// When it landed right after the end this writer last knew, it follows a newline and is
/// whole; when another writer appended meanwhile, one `pread` of the byte before it says
/// whether a torn fragment of theirs glued onto it (then it is written again, after a
/// newline). Bytes are only ever cut off under an exclusive lock, which no one gets while a
/// writer is live, so nothing this writer has seen whole can change under it.
///
/// A failed append (disk full, file too large, I/O error, short write) leaves nothing
/// behind when it can: this writer's own partial bytes are cut back under an exclusive lock
/// (see `JournalFile+Repair.swift`). The caller keeps the line and appends it again later.
public final class JournalFile: JournalAppending {
  public let path: String
  let descriptor: Int32
  let calls: FileSystemCalls
  /// A place in the file this writer's next line lands at or after, and whether a line ends
  /// there; nil when unknown (read again before the next append).
  var mark: Mark?
  /// Bytes of a failed append still in the file: where they start and what they are.
  var leftover: (start: Int, bytes: Data)?
  /// Whether this descriptor holds its shared lock (false after a lock call failed).
  var isLocked = false
  /// Where this writer's own lines landed whole, since the follower last took them.
  private var ownSpans: [Range<Int>] = []
  /// Set by the follower of this journal in the same process, which skips these lines.
  var tracksOwnSpans = false

  /// A byte offset and whether the byte before it ends a line (true at the start).
  struct Mark: Equatable {
    var offset: Int
    var endsLine: Bool
  }

  /// Opens (creating with mode 0600 if needed) the journal for appending, and takes its
  /// shared lock for as long as it stays open.
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
    // Waits only for a recovery or a cut-back in progress, which take moments.
    isLocked = lock(LOCK_SH)
    if isLocked { mark = readMark() }
  }

  deinit { _ = calls.close(descriptor) }

  /// Writes `line` (which must end in a newline) and waits until it is on disk.
  ///
  /// On a throw nothing of `line` is in the journal, or the next call with the same line
  /// finds what is left of it and neither loses nor doubles it.
  public func append(_ line: Data) throws(StorageError) {
    if !isLocked {
      guard lock(LOCK_SH) else { throw failure() }
      isLocked = true
      mark = nil
    }
    if let leftover, try settle(leftover, line: line) { return }
    // A line lands glued only after another writer's torn fragment; once is already rare.
    for _ in 0..<3 {
      if try appendOnce(line) { return }
    }
    throw .cannotWrite(path: path, reason: "another writer's torn lines kept joining this one")
  }

  /// One attempt: true when the line is on disk and whole, false when it landed glued to a
  /// torn fragment (a damaged line that readers skip) and must be written again.
  private func appendOnce(_ line: Data) throws(StorageError) -> Bool {
    guard let known = mark ?? readMark() else { throw failure() }
    // A last line without its newline was torn by a writer that died or failed: ending it
    // first keeps this line whole (the torn one reads as damaged).
    let bytes = known.endsLine ? line : Data([0x0A]) + line
    let written = calls.write(descriptor, bytes)
    guard written == bytes.count else {
      // O_APPEND writes of a few KiB to a local file are not split; a short write means
      // the disk is full or over the size limit (`ulimit -f`).
      let reason = written < 0 ? Self.lastError() : DiskFault.shortWrite
      if written > 0 { takeBack(bytes.prefix(written)) }
      throw .cannotWrite(path: path, reason: reason)
    }
    guard calls.fsync(descriptor) == 0 else {
      let reason = Self.lastError()
      // Not confirmed on disk: taken back if it can be, so that the retry is the one copy.
      takeBack(bytes)
      throw .cannotWrite(path: path, reason: reason)
    }
    let end = calls.seek(descriptor, 0, SEEK_CUR)
    guard end >= 0 else {
      mark = nil  // On disk; where is unknown, so the end is read again next time.
      return true
    }
    let start = Int(end) - bytes.count
    mark = Mark(offset: Int(end), endsLine: true)
    guard start == known.offset || bytes.first == 0x0A || byte(before: start) == 0x0A else {
      return false
    }
    if tracksOwnSpans {
      // A follower that stops asking must not make this grow: it then reads them instead.
      if ownSpans.count >= 64 { ownSpans.removeAll() }
      ownSpans.append(start..<Int(end))
    }
    return true
  }

  /// This writer's whole lines appended since the last call, in file order: a follower in
  /// the same process skips them instead of reading its own lines back.
  func takeOwnSpans() -> [Range<Int>] {
    defer { ownSpans.removeAll(keepingCapacity: true) }
    return ownSpans
  }

  /// Where the file ends now and whether a line ends there; nil when it cannot be told.
  ///
  /// Unreadable counts as not ending in a newline: a blank line reads as nothing, while a
  /// line glued to a torn one would be lost with it.
  func readMark() -> Mark? {
    guard let size = calls.size(descriptor) else { return nil }
    return Mark(offset: size, endsLine: size == 0 || byte(before: size) == 0x0A)
  }

  /// The byte before `offset` (a newline at the start of the file); nil when unreadable,
  /// which counts as not a newline.
  func byte(before offset: Int) -> UInt8? {
    guard offset > 0 else { return 0x0A }
    return calls.read(descriptor, count: 1, at: offset - 1)?.first
  }

  /// Takes `operation` (a shared or exclusive lock), retrying when a signal interrupts.
  func lock(_ operation: Int32) -> Bool {
    while calls.flock(descriptor, operation) != 0 {
      guard errno == EINTR else { return false }
    }
    return true
  }

  func failure() -> StorageError {
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

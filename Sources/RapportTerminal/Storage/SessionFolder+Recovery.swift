import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension SessionFolder {
  /// Moves a torn last line aside into `recovered-N.jsonl` (0600), then truncates it off;
  /// returns the recovery file, or nil when there was nothing torn left to move.
  ///
  /// `tail` and `offset` are what an earlier read found. Under the journal's exclusive
  /// `flock` (which no one holds while any writer has the journal open: each writer holds a
  /// shared one for its whole session, and writes only under it, so no write is in flight)
  /// the file is read again from `offset`: only if its bytes there are still exactly
  /// `tail`, after a newline and with no newline of their own, are they copied out
  /// (fsync'd, folder fsync'd) and cut off. If another writer appended meanwhile (its
  /// append ends the torn bytes with a newline first, making them a damaged line), or
  /// someone already set them aside, nothing is changed. So recovery never removes a byte
  /// that is not the torn tail itself, however the other writer's appends interleave.
  ///
  /// While another writer holds the journal (a `rapport join` writing notes) nothing is cut
  /// either: it throws, without waiting, and the tail stays, to read as a damaged line once
  /// the next line is appended after it.
  ///
  /// `holding`: this process's own open journal file (a supporter taking over), whose
  /// shared lock is turned exclusive for the recovery rather than counted as a live writer.
  public func setAsideTornTail(_ tail: Data, at offset: Int, holding own: JournalFile? = nil)
    throws(StorageError) -> String?
  {
    guard !tail.isEmpty, !tail.contains(0x0A), offset >= 0 else { return nil }
    if let own {
      return try own.exclusively { (fd) throws(StorageError) in
        try setAside(tail, at: offset, in: fd)
      }
    }
    let fd = try SessionFile.open(journalPath, O_RDWR)
    defer { close(fd) }
    try Self.lockExclusively(fd, path: journalPath)
    defer { flock(fd, LOCK_UN) }
    return try setAside(tail, at: offset, in: fd)
  }

  /// The recovery itself, under the exclusive lock on `fd`.
  private func setAside(_ tail: Data, at offset: Int, in fd: Int32) throws(StorageError)
    -> String?
  {
    let start = max(0, offset - 1)
    let current = try SessionFile.readAll(fd, from: start, path: journalPath)
    let expected = (offset > 0 ? Data([0x0A]) : Data()) + tail
    guard current == expected else { return nil }
    let recovery = try writeRecoveryFile(tail)
    guard ftruncate(fd, off_t(offset)) == 0, fsync(fd) == 0 else {
      throw .cannotWrite(path: journalPath, reason: SessionFile.lastError())
    }
    return recovery
  }

  /// Takes the journal's exclusive lock without waiting for a writer; a lock held only
  /// for a moment (another recovery, a writer cutting back a failed append) is waited out.
  static func lockExclusively(_ fd: Int32, path: String) throws(StorageError) {
    var attempts = 0
    while flock(fd, LOCK_EX | LOCK_NB) != 0 {
      switch errno {
      case EINTR: continue
      case EWOULDBLOCK where attempts < 10:
        attempts += 1
        usleep(10_000)
      case EWOULDBLOCK:
        throw .cannotWrite(path: path, reason: "another terminal is writing to it")
      default:
        throw .cannotWrite(path: path, reason: SessionFile.lastError())
      }
    }
  }

  /// Writes `bytes` to the first free `recovered-N.jsonl`, durably; removes its own
  /// partial copy if the disk refuses (the bytes are still in the journal then).
  private func writeRecoveryFile(_ bytes: Data) throws(StorageError) -> String {
    var index = 1
    while true {
      let recovery = "\(path)/recovered-\(index).jsonl"
      let fd: Int32
      do throws(StorageError) {
        fd = try SessionFile.create(recovery)
      } catch {
        if SessionFile.kind(of: recovery) != .missing, index < 10_000 {
          index += 1
          continue
        }
        throw error
      }
      defer { close(fd) }
      guard SessionFile.writeAll(fd, bytes), fsync(fd) == 0 else {
        let reason = SessionFile.lastError()
        unlink(recovery)
        throw .cannotWrite(path: recovery, reason: reason)
      }
      try SessionFile.syncFolder(path)
      return recovery
    }
  }
}

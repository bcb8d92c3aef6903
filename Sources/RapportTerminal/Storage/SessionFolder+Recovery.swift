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
  /// `flock` (the lock every append holds across its write and fsync, so no write is in
  /// flight) the file is read again from `offset`: only if its bytes there are still
  /// exactly `tail`, after a newline and with no newline of their own, are they copied out
  /// (fsync'd, folder fsync'd) and cut off. If another writer appended meanwhile (its
  /// append ends the torn bytes with a newline first, making them a damaged line), or
  /// someone already set them aside, nothing is changed. So recovery never removes a byte
  /// that is not the torn tail itself, however the other writer's appends interleave.
  public func setAsideTornTail(_ tail: Data, at offset: Int) throws(StorageError) -> String? {
    guard !tail.isEmpty, !tail.contains(0x0A), offset >= 0 else { return nil }
    let fd = try SessionFile.open(journalPath, O_RDWR)
    defer { close(fd) }
    while flock(fd, LOCK_EX) != 0 {
      guard errno == EINTR else {
        throw .cannotWrite(path: journalPath, reason: SessionFile.lastError())
      }
    }
    defer { flock(fd, LOCK_UN) }
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

import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The rare paths of an append: what a failed write left behind, taken back or settled.
///
/// Bytes are cut off the journal only under its exclusive lock, the way a recovery cuts a
/// torn tail (`SessionFolder.setAsideTornTail`): every writer writes only while it holds a
/// lock, so under the exclusive one no write is in flight and none can start. The lock is
/// asked for without waiting; while another writer holds the journal (for its whole session)
/// nothing is cut, and a partial line is ended with a newline instead, so that it reads as
/// a damaged line (or as the line itself when only its newline was missing) and no other
/// writer's line glues onto it.
extension JournalFile {
  /// What `cutBack` did.
  enum CutBack: Equatable {
    case cut
    /// Something was appended after them, or they are gone: nothing was cut.
    case notTheTail
    /// Another writer holds the journal: it may append at any moment, so nothing was cut.
    case anotherWriterIsLive
    /// A call failed (the lock, the size, the read, the truncation): nothing was cut.
    case failed
  }

  /// After a failed append: cuts this writer's own bytes back off, or keeps track of them
  /// for the next append to settle.
  func takeBack(_ own: Data) {
    mark = nil
    // After an O_APPEND write the descriptor's offset is where that write ended.
    let end = calls.seek(descriptor, 0, SEEK_CUR)
    guard end >= 0 else { return }  // Not found: the next append finds a torn end and ends it.
    let start = Int(end) - own.count
    leftover = (start, Data(own))
    switch cutBack(start: start, bytes: Data(own)) {
    case .cut:
      leftover = nil
    case .anotherWriterIsLive where own.last != 0x0A:
      // Still last? Ended now, before the other writer's next line can glue onto it.
      if calls.size(descriptor) == Int(end) { _ = calls.write(descriptor, Data([0x0A])) }
    default:
      break
    }
  }

  /// Deals with the bytes an earlier failed append left behind; true when they are `line`,
  /// whole, and now on disk (so it is not written twice).
  func settle(_ left: (start: Int, bytes: Data), line: Data) throws(StorageError) -> Bool {
    let count = left.bytes.count
    guard let found = calls.read(descriptor, count: count + 1, at: left.start) else {
      throw failure()
    }
    guard found.prefix(count) == left.bytes else {
      leftover = nil  // Gone (set aside by a recovery): the line is written afresh.
      mark = nil
      return false
    }
    let endedByAnother = found.count > count && found.last == 0x0A
    let whole = left.bytes.last == 0x0A ? left.bytes : left.bytes + Data([0x0A])
    let isTheLine = whole == line || whole == Data([0x0A]) + line
    if isTheLine, left.bytes.last == 0x0A || endedByAnother {
      // Whole (ended by its own newline or another writer's): the line, saved once.
      guard calls.fsync(descriptor) == 0 else { throw failure() }
      leftover = nil
      return true
    }
    if found.count == count {
      // Still the last bytes of the file.
      switch cutBack(start: left.start, bytes: left.bytes) {
      case .cut, .notTheTail:
        break
      case .failed:
        throw failure()  // Kept: the next append tries again.
      case .anotherWriterIsLive where isTheLine:
        // Only the newline is missing: it alone makes the line whole, not a second copy.
        guard calls.write(descriptor, Data([0x0A])) == 1, calls.fsync(descriptor) == 0 else {
          throw failure()
        }
        leftover = nil
        return true
      case .anotherWriterIsLive:
        break  // A fragment: the line goes after a newline, and the fragment reads as damaged.
      }
    }
    leftover = nil
    mark = nil
    return false
  }

  /// Cuts `bytes` at `start` off the file if they are still its last bytes and no other
  /// writer holds the journal; the shared lock is held again afterwards.
  func cutBack(start: Int, bytes: Data) -> CutBack {
    // Converting the shared lock: never waits, so two writers failing at once never
    // deadlock (each finds the other's shared lock and cuts nothing).
    guard calls.flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
      let live = errno == EWOULDBLOCK
      // A conversion that fails may have dropped the shared lock (flock(2)): taken again.
      isLocked = lock(LOCK_SH)
      return live ? .anotherWriterIsLive : .failed
    }
    defer { isLocked = lock(LOCK_SH) }
    guard let size = calls.size(descriptor) else { return .failed }
    guard size == start + bytes.count else { return .notTheTail }
    guard let current = calls.read(descriptor, count: bytes.count, at: start) else {
      return .failed
    }
    guard current == bytes else { return .notTheTail }
    guard calls.ftruncate(descriptor, off_t(start)) == 0 else { return .failed }
    return .cut
  }

  /// Runs `body` with this descriptor's lock made exclusive (a recovery by the process that
  /// holds the journal), then shared again; throws while another writer holds the journal.
  func exclusively<T>(_ body: (Int32) throws(StorageError) -> T) throws(StorageError) -> T {
    defer {
      isLocked = lock(LOCK_SH)
      mark = nil  // Bytes may have been cut: the end is read again.
    }
    try SessionFolder.lockExclusively(descriptor, path: path)
    return try body(descriptor)
  }
}

import Foundation
import RapportCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An export file written in pieces (a study's `.qdpx` and CSVs), buffered, 0600, opened as
/// `ExportWriter` opens every file: `O_EXCL | O_NOFOLLOW`, or under `--force` a temporary
/// file renamed over the old one when it is closed.
final class ExportStream: ExportSpool {
  private let fd: Int32
  private let path: String
  private let temporary: String?
  /// What to remove when a write fails: the new file, or nothing for a spool (already
  /// unlinked) whose `path` only names the export it serves.
  private let removeOnFailure: String?
  private var buffer = Data()
  private var written = 0

  init(fd: Int32, path: String, temporary: String?, isSpool: Bool = false) {
    self.fd = fd
    self.path = path
    self.temporary = temporary
    removeOnFailure = isSpool ? nil : temporary ?? path
    buffer.reserveCapacity(Self.chunk)
  }

  private static let chunk = 1 << 16

  func write(_ data: Data) throws {
    buffer.append(data)
    if buffer.count >= Self.chunk { try flush() }
  }

  var count: Int { written + buffer.count }

  func read(at offset: Int, count: Int) throws -> Data {
    try flush()
    var piece = Data(count: min(count, max(0, written - offset)))
    guard !piece.isEmpty else { return Data() }
    let done = piece.withUnsafeMutableBytes { bytes in
      pread(fd, bytes.baseAddress, bytes.count, off_t(offset))
    }
    if done < 0 { try fail() }
    return piece.prefix(done)
  }

  /// Writes what is buffered, and hands the open file's descriptor to `body` (ZIPFoundation
  /// writing a zip into it).
  func withDescriptor<T>(_ body: (Int32) throws -> T) throws -> T {
    try flush()
    return try body(fd)
  }

  /// Writes what is buffered and closes the file, renaming it into place under `--force`.
  func close() throws {
    try flush()
    systemClose(fd)
    guard let temporary else { return }
    guard rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      try FileOutput.fail("cannot write '\(path)': \(reason)")
    }
  }

  /// Closes a spool (an unlinked file: nothing is left on disk).
  func discard() { systemClose(fd) }

  private func flush() throws {
    guard !buffer.isEmpty else { return }
    let done = buffer.withUnsafeBytes { writeFully(fd, $0) }
    if done != buffer.count { try fail() }
    written += buffer.count
    buffer.removeAll(keepingCapacity: true)
  }

  private func fail() throws -> Never {
    try fail(because: String(cString: strerror(errno)))
  }

  /// Closes and removes the unfinished file, when the reason was said already.
  func abandon() {
    systemClose(fd)
    if let removeOnFailure { unlink(removeOnFailure) }
  }

  /// Closes and removes the unfinished file (not a spool: it is unlinked already), and says why.
  func fail(because reason: String) throws -> Never {
    systemClose(fd)
    if let removeOnFailure { unlink(removeOnFailure) }
    try FileOutput.fail("cannot write '\(path)': \(reason)")
  }
}

/// Writes all of `bytes` to `fd`, a piece at a time as the kernel takes them; how many were
/// written (fewer only when a write failed: `errno` says why).
func writeFully(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int {
  guard let base = bytes.baseAddress else { return 0 }
  var done = 0
  while done < bytes.count {
    let count = write(fd, base + done, bytes.count - done)
    if count <= 0 { return done }
    done += count
  }
  return done
}

private func systemClose(_ fd: Int32) { _ = close(fd) }

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

  func patch(_ data: Data, at offset: Int) throws {
    if offset >= written {
      let start = offset - written
      buffer.replaceSubrange(start..<start + data.count, with: data)
      return
    }
    try flush()
    let done = data.withUnsafeBytes { bytes in
      bytes.baseAddress.map { pwrite(fd, $0, bytes.count, off_t(offset)) } ?? 0
    }
    if done != data.count { try fail() }
  }

  func readBack(_ body: (Data) throws -> Void) throws {
    try flush()
    var offset = 0
    var piece = Data(count: Self.chunk)
    while offset < written {
      let count = piece.withUnsafeMutableBytes { bytes in
        pread(fd, bytes.baseAddress, Self.chunk, off_t(offset))
      }
      if count <= 0 { try fail() }
      try body(piece.prefix(count))
      offset += count
    }
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
    let reason = String(cString: strerror(errno))
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

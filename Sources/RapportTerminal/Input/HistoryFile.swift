import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The per-session file of typed lines behind the up arrow (`history`, 0600), capped so
/// that it can never be what fills a disk.
///
/// It is a plain copy of every line typed, notes included (also those the journal could not
/// save). When it passes `maxLines` lines or `maxBytes` bytes it is cut to its newest
/// `keptLines` lines; a line longer than `maxLineBytes` is recalled in this session but not
/// stored. A write that fails is skipped, said once, and never stops the interview.
public final class HistoryFile {
  public static let maxLines = 1000
  public static let maxBytes = 256 * 1024
  public static let keptLines = 500
  public static let maxLineBytes = 64 * 1024

  public private(set) var path: String
  private let calls: FileSystemCalls
  private var lineCount = 0
  private var byteCount = 0
  private var notice: String?
  private var failedOnce = false

  public init(path: String, calls: FileSystemCalls = SystemFileCalls.shared) {
    self.path = path
    self.calls = calls
  }

  /// The stored lines, oldest first (the newest `keptLines` of them); never creates the file.
  public func load() -> [String] {
    guard let data = read() else { return [] }
    let lines = data.split(separator: 0x0A).map { String(decoding: $0, as: UTF8.self) }
    lineCount = lines.count
    byteCount = data.count
    return Array(lines.suffix(Self.keptLines))
  }

  /// Adds one typed line at the end (creating the file 0600 on the first line).
  public func append(_ line: String) {
    let bytes = Data(line.utf8) + Data([0x0A])
    guard bytes.count <= Self.maxLineBytes else { return }
    var created = true
    var fd = calls.open(
      path, O_WRONLY | O_APPEND | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
    if fd < 0, errno == EEXIST {
      created = false
      fd = calls.open(path, O_WRONLY | O_APPEND | O_NOFOLLOW | O_CLOEXEC, 0)
    }
    guard fd >= 0 else { return failed(errno) }
    let start = calls.size(fd) ?? 0
    let written = calls.write(fd, bytes)
    let code = errno
    if written != bytes.count {
      // Leave no partial line, and no empty file made just now.
      if written > 0 { _ = calls.ftruncate(fd, off_t(start)) }
      _ = calls.close(fd)
      if created { _ = calls.unlink(path) }
      return failed(written < 0 ? code : ENOSPC)
    }
    _ = calls.close(fd)
    lineCount += 1
    byteCount = start + bytes.count
    if lineCount > Self.maxLines || byteCount > Self.maxBytes { compact() }
  }

  /// From now on lines go to `path` (the session's new folder after `/saveto`).
  public func move(to path: String) {
    self.path = path
    lineCount = 0
    byteCount = 0
  }

  /// The one sentence about a failed write, once per session; nil after that.
  public func takeNotice() -> String? {
    defer { notice = nil }
    return notice
  }

  /// Rewrites the file with its newest `keptLines` lines: a new file renamed over it.
  private func compact() {
    guard let data = read() else { return }
    let kept = data.split(separator: 0x0A).suffix(Self.keptLines)
    let text = kept.reduce(into: Data()) { text, line in
      text.append(contentsOf: line)
      text.append(0x0A)
    }
    let temporary = (path as NSString).deletingLastPathComponent + "/.history.partial"
    let fd = calls.open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard fd >= 0 else { return failed(errno) }
    let written = calls.write(fd, text)
    let code = errno
    _ = calls.close(fd)
    guard written == text.count, calls.rename(temporary, path) == 0 else {
      let reason = written == text.count ? errno : (written < 0 ? code : ENOSPC)
      _ = calls.unlink(temporary)
      return failed(reason)
    }
    lineCount = kept.count
    byteCount = text.count
  }

  private func read() -> Data? {
    let fd = calls.open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC, 0)
    guard fd >= 0 else { return nil }
    defer { _ = calls.close(fd) }
    let size = calls.size(fd) ?? 0
    // An old, oversized file is read from its last `maxBytes` on, at a line's start.
    let from = max(0, size - Self.maxBytes)
    guard var data = calls.read(fd, count: size - from, at: from) else { return nil }
    if from > 0, let newline = data.firstIndex(of: 0x0A) {
      data = data.suffix(from: data.index(after: newline))
    }
    return data
  }

  private func failed(_ code: Int32) {
    guard !failedOnce else { return }
    failedOnce = true
    notice =
      "note: the up-arrow history could not be written to '\(path)' (\(DiskFault.reason(code))); "
      + "it is skipped from now on, and the journal is not affected."
  }
}

import Foundation
import RapportCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a protocol file for the subcommands, turning file-system trouble into the same
/// kind of diagnostic lint prints, so a missing file reads like any other problem.
enum ProtocolFile {
  enum Outcome {
    case data(Data)
    case unreadable(Diagnostic)
  }

  /// The file's bytes, read no further than one byte past the loader's size limit.
  ///
  /// Only a regular file is read: a FIFO, socket or device is refused before it is opened
  /// (opening one could block for ever, or have effects), and again after, by `fstat` on a
  /// non-blocking descriptor, in case the path changed in between.
  static func contents(of path: String) -> Outcome {
    var status = stat()
    guard stat(path, &status) == 0 else { return failure(path, errno) }
    if let refusal = refusal(path, status) { return refusal }
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { return failure(path, errno) }
    defer { close(descriptor) }
    guard fstat(descriptor, &status) == 0 else { return failure(path, errno) }
    if let refusal = refusal(path, status) { return refusal }
    let limit = ProtocolLoader.maximumBytes + 1
    var data = Data()
    // Room for the whole file at once: growing by doubling would hold up to twice its size.
    data.reserveCapacity(min(max(Int(clamping: status.st_size), 0), limit))
    var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    while data.count < limit {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        return failure(path, errno)
      }
      if count == 0 { break }
      data.append(contentsOf: buffer[..<count])
    }
    return .data(data)
  }

  /// The same, in the form a study check reads the protocols it names.
  static func source(_ path: String) -> StudyCheck.Source {
    switch contents(of: path) {
    case .data(let data): .data(data)
    case .unreadable(let diagnostic): .unreadable(diagnostic)
    }
  }

  private static func refusal(_ path: String, _ status: stat) -> Outcome? {
    switch status.st_mode & S_IFMT {
    case S_IFREG: nil
    case S_IFDIR: failure(path, EISDIR)
    case S_IFIFO: failure(path, reason: "not a regular file (a named pipe)")
    case S_IFCHR, S_IFBLK: failure(path, reason: "not a regular file (a device)")
    case S_IFSOCK: failure(path, reason: "not a regular file (a socket)")
    default: failure(path, reason: "not a regular file")
    }
  }

  private static func failure(_ path: String, _ code: Int32) -> Outcome {
    let reason =
      switch code {
      case ENOENT: "no such file"
      case EISDIR: "it is a directory"
      case EACCES, EPERM: "permission denied"
      default: String(cString: strerror(code)).lowercased()
      }
    return failure(path, reason: reason)
  }

  private static func failure(_ path: String, reason: String) -> Outcome {
    .unreadable(
      .error(
        "cannot-read", "cannot read '\(path)': \(reason)",
        at: SourceLocation(file: path, line: 1, column: 1)))
  }
}

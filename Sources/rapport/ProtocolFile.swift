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
  static func contents(of path: String) -> Outcome {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return failure(path, errno) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { return failure(path, errno) }
    if (status.st_mode & S_IFMT) == S_IFDIR { return failure(path, EISDIR) }
    let limit = ProtocolLoader.maximumBytes + 1
    var data = Data()
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

  private static func failure(_ path: String, _ code: Int32) -> Outcome {
    let reason =
      switch code {
      case ENOENT: "no such file"
      case EISDIR: "it is a directory"
      case EACCES, EPERM: "permission denied"
      default: String(cString: strerror(code)).lowercased()
      }
    return .unreadable(
      .error(
        "cannot-read", "cannot read '\(path)': \(reason)",
        at: SourceLocation(file: path, line: 1, column: 1)))
  }
}

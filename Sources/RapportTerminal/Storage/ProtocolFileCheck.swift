import Foundation
import RapportCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Compares the protocol file a session began with to its snapshot in the journal.
///
/// Sessions always run and export from the snapshot; this only lets a command say, in the
/// one sentence `JournalProblem.protocolFileChanged` words, that the file was edited since.
public enum ProtocolFileCheck {
  /// The problem to report when the file at `protocol-path` (as given when the session
  /// began, so relative to the folder `rapport` runs in) now holds other text; nil when it
  /// holds the snapshot, or is gone, or is not a regular file (nothing to compare).
  public static func drift(of start: SessionStart) -> JournalProblem? {
    let path = start.protocolPath
    // O_NONBLOCK: a FIFO at that path must not hang the command.
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
    guard Int(info.st_size) <= ProtocolLoader.maximumBytes else {
      return .protocolFileChanged(path: path)
    }
    guard let data = try? SessionFile.readAll(fd, path: path) else { return nil }
    if SessionStart.sha256Hex(of: data) == start.protocolSHA256 { return nil }
    if String(data: data, encoding: .utf8) == start.protocolText { return nil }
    return .protocolFileChanged(path: path)
  }
}

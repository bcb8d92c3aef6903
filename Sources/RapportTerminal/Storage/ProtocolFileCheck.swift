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
    compare(read(start.protocolPath), with: start)
  }

  /// The same check for many sessions (an export): each protocol file is read and hashed
  /// once, when a session first names it, and its sessions are compared with that.
  public final class Files {
    private var read: [String: FileState] = [:]

    public init() {}

    public func drift(of start: SessionStart) -> JournalProblem? {
      let path = start.protocolPath
      if let known = read[path] { return compare(known, with: start) }
      let state = ProtocolFileCheck.read(path)
      read[path] = state
      return compare(state, with: start)
    }
  }

  /// What a protocol file held: nothing to compare, too large to be the snapshot, or its
  /// hash and text.
  enum FileState {
    case nothing
    case tooLarge
    case read(sha256: String, text: String?)
  }

  static func read(_ path: String) -> FileState {
    // O_NONBLOCK: a FIFO at that path must not hang the command.
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else { return .nothing }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return .nothing }
    guard Int(info.st_size) <= ProtocolLoader.maximumBytes else { return .tooLarge }
    guard let data = try? SessionFile.readAll(fd, path: path) else { return .nothing }
    return .read(
      sha256: SessionStart.sha256Hex(of: data), text: String(data: data, encoding: .utf8))
  }

  static func compare(_ state: FileState, with start: SessionStart) -> JournalProblem? {
    switch state {
    case .nothing: return nil
    case .tooLarge: return .protocolFileChanged(path: start.protocolPath)
    case .read(let sha256, let text):
      if sha256 == start.protocolSHA256 { return nil }
      if text == start.protocolText { return nil }
      return .protocolFileChanged(path: start.protocolPath)
    }
  }
}

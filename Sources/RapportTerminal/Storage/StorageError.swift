import Foundation

/// Failures at the file-system boundary, with the path but never the data.
public enum StorageError: LocalizedError, Equatable {
  case cannotOpen(path: String, reason: String)
  case cannotWrite(path: String, reason: String)
  case cannotRead(path: String, reason: String)
  case cannotCreateFolder(path: String, reason: String)
  case unsafeParticipantID(String)
  case noSuchSession(String)
  case ambiguousSession(String, candidates: [String])
  /// A session file or folder that is a symbolic link; `within` names what it would leave.
  case symbolicLink(path: String, within: String)
  /// A responses folder that is a symbolic link (the user is told to name its target).
  case linkedResponsesFolder(path: String)
  /// A FIFO, device, socket or folder where a regular file (or a folder) belongs.
  case notRegularFile(path: String)
  /// A recording (or folder of recordings) named by a symbolic link.
  case linkedRecording(path: String)

  public var errorDescription: String? {
    switch self {
    case .cannotOpen(let path, let reason): "cannot open '\(path)': \(reason)"
    case .cannotWrite(let path, let reason): "cannot write '\(path)': \(reason)"
    case .cannotRead(let path, let reason): "cannot read '\(path)': \(reason)"
    case .cannotCreateFolder(let path, let reason): "cannot create folder '\(path)': \(reason)"
    case .unsafeParticipantID(let id):
      "participant id '\(id)' cannot be used as a folder name (letters, digits, '-' and '_' only)"
    case .noSuchSession(let name): "no session '\(name)' (see 'rapport sessions')"
    case .ambiguousSession(let name, let candidates):
      "'\(name)' matches \(candidates.count) sessions: \(candidates.joined(separator: ", "))"
    case .symbolicLink(let path, let within):
      "'\(path)' is a symbolic link: refusing to follow it out of the \(within)"
    case .linkedResponsesFolder(let path):
      "the responses folder '\(path)' is a symbolic link: refusing to follow it (name the "
        + "folder it points to with --responses)"
    case .notRegularFile(let path): "'\(path)' is not a regular file: refusing to use it"
    case .linkedRecording(let path):
      "'\(path)' is a symbolic link: refusing to follow it (name the file it points to)"
    }
  }
}

import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The responses folder: one private folder per session, each with its journal.
///
/// Folders are created 0700 and files 0600 whatever the umask, because the notes are
/// sensitive personal data. Nothing here ever deletes or overwrites a session, and nothing
/// follows a symbolic link out of the folder: linked session folders are not sessions.
public struct SessionStore: Sendable {
  public static let journalName = "journal.jsonl"
  public static let historyName = "history"

  public let root: String

  public init(root: String) {
    self.root = root
  }

  /// True when `id` is safe as part of a folder name: it cannot climb out of the folder.
  public static func isSafeParticipantID(_ id: String) -> Bool {
    guard let first = id.unicodeScalars.first, id.unicodeScalars.count <= 64 else { return false }
    func allowed(_ scalar: Unicode.Scalar) -> Bool {
      scalar.isASCII
        && (CharacterSet.alphanumerics.contains(scalar) || scalar == "-" || scalar == "_")
    }
    return first.isASCII && CharacterSet.alphanumerics.contains(first)
      && id.unicodeScalars.allSatisfy(allowed)
  }

  /// Every session folder under the root (real folders holding a journal), sorted by name.
  ///
  /// Symbolic links and hidden names are passed over: a link could lead anywhere.
  public func allSessions() -> [SessionFolder] {
    guard SessionFile.kind(of: root) == .folder,
      let names = try? FileManager.default.contentsOfDirectory(atPath: root)
    else { return [] }
    return names.sorted().compactMap { name in
      guard !name.hasPrefix(".") else { return nil }
      let folder = SessionFolder(path: "\(root)/\(name)")
      guard SessionFile.kind(of: folder.path) == .folder, folder.hasJournal else { return nil }
      return folder
    }
  }

  /// Sessions of one participant for one protocol, oldest first.
  public func sessions(participant: String, protocolID: String) -> [SessionFolder] {
    allSessions().filter { $0.name.hasPrefix("\(participant)_\(protocolID)_") }
  }

  /// Finds a session by folder path, folder name, or participant id when only one matches.
  ///
  /// A folder named by path or name that is a symbolic link is refused, not followed.
  public func find(_ reference: String) throws(StorageError) -> SessionFolder {
    for candidate in [reference, "\(root)/\(reference)"] {
      let folder = SessionFolder(path: candidate)
      switch SessionFile.kind(of: candidate) {
      case .symbolicLink:
        throw .symbolicLink(path: candidate, within: "responses folder")
      case .folder where folder.hasJournal:
        return folder
      default:
        continue
      }
    }
    let matches = allSessions().filter { $0.name.hasPrefix("\(reference)_") }
    switch matches.count {
    case 0: throw .noSuchSession(reference)
    case 1: return matches[0]
    default: throw .ambiguousSession(reference, candidates: matches.map(\.name))
    }
  }

  static func makePrivateFolder(_ path: String, allowExisting: Bool) throws(StorageError) {
    if mkdir(path, 0o700) != 0 {
      let code = errno
      guard code == EEXIST, allowExisting else {
        throw .cannotCreateFolder(path: path, reason: String(cString: strerror(code)))
      }
      return
    }
    chmod(path, 0o700)
  }

  static let stampFormatter: DateFormatter = {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
    return formatter
  }()
}

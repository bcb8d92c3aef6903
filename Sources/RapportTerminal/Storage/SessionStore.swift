import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The responses folder: one private folder per session, each with its journal.
///
/// Folders are created 0700 and files 0600 whatever the umask, because the notes are
/// sensitive personal data. Nothing here ever deletes or overwrites a session.
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

  /// Creates a new session folder named after participant, protocol and start time.
  public func createSession(participant: String, protocolID: String, startedAt: Date)
    throws(StorageError) -> SessionFolder
  {
    guard Self.isSafeParticipantID(participant) else {
      throw .unsafeParticipantID(participant)
    }
    try Self.makePrivateFolder(root, allowExisting: true)
    let stamp = Self.stampFormatter.string(from: startedAt)
    var name = "\(participant)_\(protocolID)_\(stamp)"
    var attempt = 1
    while FileManager.default.fileExists(atPath: "\(root)/\(name)") {
      attempt += 1
      name = "\(participant)_\(protocolID)_\(stamp)-\(attempt)"
    }
    let path = "\(root)/\(name)"
    try Self.makePrivateFolder(path, allowExisting: false)
    return SessionFolder(path: path)
  }

  /// Every session folder under the root (those holding a journal), sorted by name.
  public func allSessions() -> [SessionFolder] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: root) else { return [] }
    return names.sorted().compactMap { name in
      let folder = SessionFolder(path: "\(root)/\(name)")
      return FileManager.default.fileExists(atPath: folder.journalPath) ? folder : nil
    }
  }

  /// Sessions of one participant for one protocol, oldest first.
  public func sessions(participant: String, protocolID: String) -> [SessionFolder] {
    allSessions().filter { $0.name.hasPrefix("\(participant)_\(protocolID)_") }
  }

  /// Finds a session by folder path, folder name, or participant id when only one matches.
  public func find(_ reference: String) throws(StorageError) -> SessionFolder {
    var isFolder: ObjCBool = false
    for candidate in [reference, "\(root)/\(reference)"] {
      let folder = SessionFolder(path: candidate)
      if FileManager.default.fileExists(atPath: candidate, isDirectory: &isFolder),
        isFolder.boolValue,
        FileManager.default.fileExists(atPath: folder.journalPath)
      {
        return folder
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

/// One session's private folder.
public struct SessionFolder: Equatable, Sendable {
  public let path: String

  public init(path: String) {
    self.path = path
  }

  public var name: String { (path as NSString).lastPathComponent }
  public var journalPath: String { "\(path)/\(SessionStore.journalName)" }
  public var historyPath: String { "\(path)/\(SessionStore.historyName)" }

  /// Reads the whole journal; an absent journal reads as empty.
  public func readJournal() throws(StorageError) -> Data {
    guard FileManager.default.fileExists(atPath: journalPath) else { return Data() }
    do {
      return try Data(contentsOf: URL(fileURLWithPath: journalPath))
    } catch {
      throw .cannotRead(path: journalPath, reason: error.localizedDescription)
    }
  }

  /// Moves a torn last line aside into `recovered-N.jsonl` (0600), then truncates it off.
  ///
  /// The bytes are kept, never dropped: a transcriber may still read a half-saved note.
  public func setAsideTornTail(_ tail: Data, validLength: Int) throws(StorageError) -> String {
    var index = 1
    while FileManager.default.fileExists(atPath: "\(path)/recovered-\(index).jsonl") { index += 1 }
    let recovery = "\(path)/recovered-\(index).jsonl"
    let fd = open(recovery, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard fd >= 0 else {
      throw .cannotWrite(path: recovery, reason: String(cString: strerror(errno)))
    }
    defer { close(fd) }
    let written = tail.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    guard written == tail.count, fsync(fd) == 0 else {
      throw .cannotWrite(path: recovery, reason: String(cString: strerror(errno)))
    }
    guard truncate(journalPath, off_t(validLength)) == 0 else {
      throw .cannotWrite(path: journalPath, reason: String(cString: strerror(errno)))
    }
    return recovery
  }
}

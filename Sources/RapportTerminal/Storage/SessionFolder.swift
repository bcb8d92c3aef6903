import Foundation
import RapportCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One session's private folder.
public struct SessionFolder: Equatable, Sendable {
  public let path: String

  public init(path: String) {
    self.path = path
  }

  public var name: String { (path as NSString).lastPathComponent }
  public var journalPath: String { "\(path)/\(SessionStore.journalName)" }
  public var historyPath: String { "\(path)/\(SessionStore.historyName)" }

  /// Whether the folder has a `journal.jsonl` entry (of any kind: a planted link is
  /// listed, and refused when read, rather than hidden).
  public var hasJournal: Bool { SessionFile.kind(of: journalPath) != .missing }

  /// Reads the whole journal; an absent journal reads as empty.
  ///
  /// Never through a symbolic link, never a FIFO or device (which could block or never end).
  public func readJournal() throws(StorageError) -> Data {
    guard hasJournal else { return Data() }
    let fd = try SessionFile.open(journalPath, O_RDONLY)
    defer { close(fd) }
    return try SessionFile.readAll(fd, path: journalPath)
  }

  /// Whether the journal begins with a readable session start (a failed start's stub
  /// does not, and is never offered for resuming).
  public var holdsSessionStart: Bool {
    guard let data = try? readJournal() else { return false }
    return JournalCodec.decode(data).sessionStart != nil
  }

  /// Refuses a folder in which any entry is a symbolic link, or the journal is not a
  /// regular file: whatever a process writing to the session opens (the journal, `history`,
  /// the locks, `recovered-N.jsonl`) must stay in this folder.
  public func checkEntries() throws(StorageError) {
    switch SessionFile.kind(of: path) {
    case .symbolicLink: throw .symbolicLink(path: path, within: "responses folder")
    case .folder: break
    default: throw .noSuchSession(path)
    }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: path)
    } catch {
      throw .cannotRead(path: path, reason: error.localizedDescription)
    }
    for name in names.sorted() where SessionFile.kind(of: "\(path)/\(name)") == .symbolicLink {
      throw .symbolicLink(path: "\(path)/\(name)", within: "session folder")
    }
    switch SessionFile.kind(of: journalPath) {
    case .regular, .missing: break
    default: throw .notRegularFile(path: journalPath)
    }
  }
}

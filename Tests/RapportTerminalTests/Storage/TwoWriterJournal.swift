import Foundation
import RapportCore
import RapportTerminal
import RapportTestSupport

/// The set-up of the journal fault tests: one journal file on a real disk, the lead's
/// appends through `FaultyFileCalls` (failing on cue), with the lead's first note on it,
/// and, unless told not, the supporter's terminal holding the same file open.
struct TwoWriterJournal {
  let temp = TemporaryFolder()
  let calls = FaultyFileCalls()
  /// The session folder the journal is in (the temporary folder itself unless named).
  let folder: SessionFolder
  let lead: JournalFile
  let support: JournalFile?

  init(supporter: Bool = true, folderName: String? = nil) throws {
    let root = temp.path
    let folder = SessionFolder(path: folderName.map { root + "/" + $0 } ?? root)
    try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
    self.folder = folder
    lead = try JournalFile(path: folder.journalPath, calls: calls)
    support = supporter ? try JournalFile(path: folder.journalPath) : nil
    try lead.append(Self.line(1, "lead", "first"))
  }

  var path: String { folder.journalPath }

  /// One note line by `writer` (`lead` notes as the lead, any other as the supporter).
  static func line(_ seq: Int, _ writer: String, _ text: String) -> Data {
    JournalCodec.encodeLine(
      JournalEntry(
        seq: seq, writer: writer, at: Date(timeIntervalSince1970: 0), clock: 0,
        event: .noted(step: nil, role: writer == "lead" ? .lead : .support, text: text)))
  }

  /// The journal's bytes as they are on disk now.
  func data() throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

  /// The journal read back: its entries, damaged lines and torn tail.
  func read() throws -> JournalReadResult { JournalCodec.decode(try data()) }

  /// The notes in the journal at `path` (this one's unless told), in order.
  func notes(at path: String? = nil) throws -> [String] {
    let data = try Data(contentsOf: URL(fileURLWithPath: path ?? self.path))
    return JournalCodec.decode(data).entries.compactMap {
      if case .noted(_, _, let text) = $0.event { text } else { nil }
    }
  }
}

import Foundation

/// Reads a journal's bytes into a session ready to export, parsing each protocol
/// snapshot once (sessions of a study share it) and saying what could not be read.
public struct JournalExportReader {
  private var outlines: [String: ProtocolOutline?] = [:]

  public init() {}

  /// What reading one journal gave.
  public struct Result: Sendable {
    public var session: SessionExporter.Loaded
    /// Problems with the journal itself (damaged lines, a torn tail), ids and counts only.
    public var problems: [String]
  }

  public mutating func read(_ data: Data) throws(ExportError) -> Result {
    let journal = JournalCodec.decode(data)
    guard let start = journal.sessionStart else { throw .notASessionJournal }
    var problems: [String] = []
    if !journal.damagedLines.isEmpty {
      let lines = journal.damagedLines.map(String.init).joined(separator: ", ")
      problems.append("unreadable journal line(s) \(lines) left out")
    }
    if journal.tornTail != nil {
      problems.append("an unfinished last line (the writer stopped mid-write) left out")
    }
    let outline = outline(for: start)
    if outline == nil {
      problems.append("the protocol snapshot could not be read; steps are named by id only")
    } else if outline?.title.isEmpty == true || outline?.steps.isEmpty == true {
      problems.append("the protocol snapshot is incomplete; some steps are named by id only")
    }
    let record = try SessionRecordBuilder.build(entries: journal.entries, outline: outline)
    return Result(session: .init(record: record, outline: outline), problems: problems)
  }

  private mutating func outline(for start: SessionStart) -> ProtocolOutline? {
    if let cached = outlines[start.protocolText] { return cached }
    let loaded = ProtocolLoader.load(text: start.protocolText, path: start.protocolPath).protocol
    let outline = loaded.map(ProtocolOutline.init)
    outlines[start.protocolText] = outline
    return outline
  }
}

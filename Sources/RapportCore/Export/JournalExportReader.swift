import Foundation

/// Reads a journal's bytes into a session ready to export, parsing each protocol
/// snapshot once (sessions of a study share it) and saying what could not be read.
///
/// A journal with problems still exports (an analyst gets every note that reads), with
/// each problem in `JournalProblem`'s one wording: an edited snapshot or a newer format
/// also goes into the record's warnings, so the JSON export carries it (and its
/// `snapshot-intact` is false, the transcripts note the hash no longer matches).
public struct JournalExportReader {
  private var outlines: [String: ProtocolOutline?] = [:]

  public init() {}

  /// What reading one journal gave.
  public struct Result: Sendable {
    public var session: SessionExporter.Loaded
    /// The session's start, e.g. to compare its snapshot with the protocol file.
    public var start: SessionStart
    /// Problems with the journal itself (damaged lines, a torn tail), ids and counts only.
    public var problems: [String]
    /// The journal's entries as read (the paradata has a row for each).
    public var entries: [JournalEntry]
  }

  public mutating func read(_ data: Data) throws(ExportError) -> Result {
    let journal = JournalCodec.decode(data)
    guard let start = journal.sessionStart else {
      throw .unreadableJournal(journal.isEmpty ? .emptyJournal : .noSessionStart)
    }
    let found = journal.problems
    let aboutRecord = found.filter {
      switch $0 {
      case .newerFormat, .snapshotAltered: true
      default: false
      }
    }
    var problems = found.filter { !aboutRecord.contains($0) }.map(\.sentence)
    let outline = outline(for: start)
    if outline == nil {
      problems.append("the protocol snapshot could not be read; steps are named by id only")
    } else if outline?.title.isEmpty == true || outline?.steps.isEmpty == true {
      problems.append("the protocol snapshot is incomplete; some steps are named by id only")
    }
    var record = try SessionRecordBuilder.build(entries: journal.entries, outline: outline)
    record.warnings = aboutRecord.map(\.sentence) + record.warnings
    return Result(
      session: .init(record: record, outline: outline), start: start, problems: problems,
      entries: journal.entries)
  }

  private mutating func outline(for start: SessionStart) -> ProtocolOutline? {
    if let cached = outlines[start.protocolText] { return cached }
    let loaded = ProtocolLoader.load(text: start.protocolText, path: start.protocolPath).protocol
    let outline = loaded.map(ProtocolOutline.init)
    outlines[start.protocolText] = outline
    return outline
  }
}

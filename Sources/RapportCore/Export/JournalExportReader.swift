import Foundation

/// Reads a journal's bytes into a session ready to export, parsing and hashing each
/// protocol snapshot once (sessions of a study share it) and saying what could not be read.
///
/// A journal with problems still exports (an analyst gets every note that reads), with
/// each problem in `JournalProblem`'s one wording: an edited snapshot or a newer format
/// also goes into the record's warnings, so the JSON export carries it (and its
/// `snapshot-intact` is false, the transcripts note the hash no longer matches).
public struct JournalExportReader {
  /// The snapshots read so far, by the hash their journals claim: each one's text, outline
  /// and whether the text matches that hash. A snapshot is reused only for the same bytes.
  private var snapshots: [String: [Snapshot]] = [:]

  private struct Snapshot {
    var text: String
    var outline: ProtocolOutline?
    var isIntact: Bool
  }

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
    let snapshot = snapshot(for: start)
    let found = journal.problems { _ in snapshot.isIntact }
    let aboutRecord = found.filter {
      switch $0 {
      case .newerFormat, .snapshotAltered: true
      default: false
      }
    }
    var problems = found.filter { !aboutRecord.contains($0) }.map(\.sentence)
    let outline = snapshot.outline
    if outline == nil {
      problems.append("the protocol snapshot could not be read; steps are named by id only")
    } else if outline?.title.isEmpty == true || outline?.steps.isEmpty == true {
      problems.append("the protocol snapshot is incomplete; some steps are named by id only")
    }
    var record = try SessionRecordBuilder.build(
      entries: journal.entries, outline: outline, snapshotIsIntact: snapshot.isIntact)
    record.warnings = aboutRecord.map(\.sentence) + record.warnings
    return Result(
      session: .init(record: record, outline: outline), start: start, problems: problems,
      entries: journal.entries)
  }

  private mutating func snapshot(for start: SessionStart) -> Snapshot {
    let text = start.protocolText
    if let known = snapshots[start.protocolSHA256]?.first(where: { Self.sameBytes($0.text, text) })
    {
      return known
    }
    let loaded = ProtocolLoader.load(text: text, path: start.protocolPath).protocol
    let snapshot = Snapshot(
      text: text, outline: loaded.map(ProtocolOutline.init), isIntact: start.snapshotIsIntact)
    snapshots[start.protocolSHA256, default: []].append(snapshot)
    return snapshot
  }

  /// Byte equality (a `String`'s `==` compares by canonical equivalence, which costs more).
  private static func sameBytes(_ a: String, _ b: String) -> Bool {
    var a = a
    var b = b
    return a.withUTF8 { x in
      b.withUTF8 { y in
        guard x.count == y.count, let p = x.baseAddress, let q = y.baseAddress else {
          return x.count == y.count
        }
        return memcmp(p, q, x.count) == 0
      }
    }
  }
}

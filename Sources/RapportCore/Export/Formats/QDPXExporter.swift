import Foundation

/// A REFI-QDA project (`.qdpx`): the exchange format NVivo, ATLAS.ti, MAXQDA and QualCoder
/// import. One text source per session (the plain-text template, ready for the transcript),
/// participants as cases with their attributes as variables, and one code per step with
/// each visit's part of the text already coded, so excerpts can be pulled by question.
///
/// GUIDs are derived from names (session id, participant, step), so exporting the same
/// sessions again gives the same project.
public enum QDPXExporter {
  public static let namespace = "urn:QDA-XML:project:1.0"

  /// One project for `records`, which should share one protocol, built in memory; the
  /// command streams the same bytes to the file with `QDPXWriter`. `recordings` are the
  /// sessions' recordings by session id (`--media`).
  public static func export(
    _ records: [SessionRecord], outline: ProtocolOutline?, name: String,
    recordings: [String: Recording] = [:]
  ) throws(ExportError) -> Data {
    let created = records.map(\.startedAt).min() ?? Date(timeIntervalSince1970: 0)
    let zip = try ZipPackage.inMemory(modified: created)
    var project = QDPXWriter(zip: zip, spool: MemorySink(), name: name, created: created)
    do {
      for record in records {
        let blocks = TranscriptTemplate.blocks(for: record)
        try project.add(
          record, blocks: blocks, text: TextExporter.render(blocks),
          recording: recordings[record.sessionID])
      }
      try project.finish(outline: outline)
    } catch let error as ExportError {
      throw error
    } catch {
      // A memory spool does not fail; a recording that cannot be read does.
      throw .archiveFailed(member: name)
    }
    return zip.finish() ?? Data()
  }

  /// Who made a session's codings: its lead interviewer, else any, else `rapport`
  /// (QualCoder files codings without a user under "default").
  static func creatingUser(_ record: SessionRecord) -> String {
    (record.interviewers.first { $0.role == .lead } ?? record.interviewers.first)?.name
      ?? "rapport"
  }

  /// `xsd:dateTime` in UTC without fractions, as REFI-QDA tools write it.
  static func dateTime(_ date: Date) -> String {
    String(JournalTimestamp.format(date).prefix(19)) + "Z"
  }
}

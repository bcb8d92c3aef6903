import Foundation

/// Paradata: how every interview of an export ran, one row per journal event, for
/// methodologists (time to each question, pauses, prompts used, who typed when) in R,
/// Python, Stata or a spreadsheet, in the spirit of a CAPI system's paradata file.
///
/// One set of files for the whole export, every protocol together: `paradata.csv`, its
/// Frictionless Table Schema, a `README.txt` describing every column and an
/// `export-info.json` (`ExportInfo`). Rows are written a session at a time (the command
/// streams them to the file). Every time comes from the one model of time,
/// `SessionTimeline`, replayed over the session's journal; what each event says beyond
/// its kind is `ParadataParameters` (no typed text, only its length).
public enum ParadataExporter {
  public static let fileNames = [
    "paradata.csv", "paradata.schema.json", "README.txt", "export-info.json",
  ]

  /// The header line, CRLF included: the start of the streamed table.
  public static var headerText: String { CSVTable(header: ParadataColumns.all.map(\.name)).text }

  /// One session's rows, in journal order, CRLF-terminated; empty for entries that do not
  /// begin with the session's start.
  public static func rowsText(
    _ entries: [JournalEntry], redactor: Redactor, cells: CSVTable.Cells = .spreadsheetSafe
  ) -> String {
    guard case .sessionStarted(let start)? = entries.first?.event else { return "" }
    let timeline = SessionTimeline(entries)
    var out = ""
    out.reserveCapacity(entries.count * 160)
    for entry in entries {
      let stamp = timeline.stamp(entry)
      let recording = stamp.recording
      CSVTable.append(
        [
          start.sessionID, start.participant, entry.writer, String(entry.seq),
          ParadataParameters.role(of: entry), entry.event.typeName, entry.event.step ?? "",
          utc(entry.at), AnswerText.seconds(stamp.interview),
          recording.map { String($0.part) } ?? "",
          recording.map { AnswerText.seconds($0.seconds) } ?? "",
          recording.map { $0.isRecorded ? "true" : "false" } ?? "",
          ParadataParameters.of(entry.event, redactor: redactor).compactText,
        ], to: &out, cells: cells)
    }
    return out
  }

  /// Every paradata file but the table, once every session is in `info`.
  public static func closingFiles(info: ExportInfo) -> [ExportFile] {
    [
      ExportFile(name: fileNames[1], text: ParadataColumns.tableSchema),
      ExportFile(name: fileNames[2], text: ParadataColumns.readme),
      ExportFile(name: fileNames[3], text: info.json),
    ]
  }

  /// The whole set for sessions given as journals, built in memory (the tests; the command
  /// streams the same bytes).
  public static func export(_ journals: [[JournalEntry]], info: ExportInfo, redactor: Redactor)
    -> [ExportFile]
  {
    let table =
      headerText + journals.map { rowsText($0, redactor: redactor, cells: info.csvCells) }.joined()
    return [ExportFile(name: fileNames[0], text: table)] + closingFiles(info: info)
  }

  /// ISO 8601 in UTC to the millisecond, with the offset written out: `…T14:05:09.123+00:00`.
  static func utc(_ date: Date) -> String {
    String(JournalTimestamp.format(date).dropLast()) + "+00:00"
  }
}

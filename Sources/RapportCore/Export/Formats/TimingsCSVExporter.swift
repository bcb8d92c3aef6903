/// The paradata: one row per step visit of every session, for analysing how interviews
/// ran (time per question, prompts used, skips) in R, Python or a spreadsheet.
public enum TimingsCSVExporter {
  public static let header = [
    "session", "protocol", "participant", "step", "visit", "label", "time_base", "entered",
    "left", "seconds", "prompts_asked", "rephrased", "rounded_up", "skipped", "skip_reason",
    "notes", "flags",
  ]

  /// Rows for the sessions in the order given, visits in the order they happened.
  public static func export(
    _ records: [SessionRecord], cells: CSVTable.Cells = .spreadsheetSafe
  ) -> String {
    headerText + records.map { rowsText($0, cells: cells) }.joined()
  }

  /// The header line, CRLF included: the start of a file streamed row by row.
  public static var headerText: String { CSVTable(header: header).text }

  /// One session's rows, CRLF-terminated, to follow the header or another session's rows.
  public static func rowsText(
    _ record: SessionRecord, cells: CSVTable.Cells = .spreadsheetSafe
  ) -> String {
    var table = CSVTable(header: [])
    for visit in record.visits {
      let skip = visit.skip
      table.rows.append([
        record.sessionID, record.protocolID, record.participant, visit.step,
        String(visit.occurrence), visit.label ?? "", record.timeBase.rawValue,
        AnswerText.seconds(visit.entered), AnswerText.seconds(visit.left),
        AnswerText.seconds(visit.seconds),
        visit.promptsAsked.map(String.init).joined(separator: ";"),
        String(visit.rephrasedCount), visit.roundedUp ? "1" : "0", skip.skipped ? "1" : "0",
        skip.reason ?? "", String(visit.noteCount), String(visit.flagCount),
      ])
    }
    return table.rows.map { CSVTable.line($0, cells: cells) }.joined()
  }
}

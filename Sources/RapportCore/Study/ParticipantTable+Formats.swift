import Foundation

extension ParticipantTable {
  /// The table as a document: a title, the table, and its data defects (or "none found"),
  /// in the blocks the transcript exporters already write as Markdown and Word.
  func blocks(title: String) -> [TranscriptTemplate.Block] {
    [
      .title(title), .table(header: header, rows: rows), .heading("Data defects"),
      defects.isEmpty ? .paragraph("None found.") : .list(defects.map(\.message)),
    ]
  }

  /// Markdown with a pipe table, escaped as every Markdown export is.
  public func markdown(title: String) -> String {
    MarkdownExporter.render(blocks(title: title))
  }

  /// The table alone as CSV (RFC 4180, as every CSV export is). Cells are exact, as typed:
  /// a self-described answer starting with `=` stays so (no CSV export alters values).
  public var csv: String {
    CSVTable(header: header, rows: rows).text
  }

  /// A Word document: the title, the table with a bold header row, the defects.
  public func docx(title: String, created: Date) throws(ExportError) -> Data {
    try DocxExporter.package(blocks(title: title), created: created)
  }
}

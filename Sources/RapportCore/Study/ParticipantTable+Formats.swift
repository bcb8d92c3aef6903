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

  /// The table alone as CSV (RFC 4180, as every CSV export is), spreadsheet-safe unless
  /// `cells` is `.verbatim`: a self-described answer starting with `=` is written `'=…`.
  /// The header row is the protocol's questions, prose rather than column names, so it is
  /// guarded as the cells are.
  public var csv: String { csv(.spreadsheetSafe) }

  /// The table as CSV with its cells written as `cells` says (`--csv-cells`).
  public func csv(_ cells: CSVTable.Cells) -> String {
    ([header] + rows).map { CSVTable.line($0, cells: cells) }.joined()
  }

  /// A Word document: the title, the table with a bold header row, the defects.
  public func docx(title: String, created: Date) throws(ExportError) -> Data {
    try DocxExporter.package(blocks(title: title), created: created)
  }
}

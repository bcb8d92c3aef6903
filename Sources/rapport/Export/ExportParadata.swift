import Foundation
import RapportCore

/// The export's paradata (`paradata.csv` and the files that describe it), one set for every
/// session exported together: each session's rows stream to the table as it is read; what
/// waits for the end is `ExportInfo`'s few ids per session.
final class ExportParadata {
  private let writer: ExportWriter
  private let table: ExportStream
  private let redactor: Redactor
  private var info: ExportInfo

  init(writer: ExportWriter, redactor: Redactor, info: ExportInfo) throws {
    self.writer = writer
    self.redactor = redactor
    self.info = info
    table = try writer.stream(ParadataExporter.fileNames[0])
    try table.write(Data(ParadataExporter.headerText.utf8))
  }

  /// Adds one session: its (redacted) record and the journal entries it was read from.
  func add(_ record: SessionRecord, entries: [JournalEntry]) throws {
    let rows = ParadataExporter.rowsText(entries, redactor: redactor, cells: info.csvCells)
    try table.write(Data(rows.utf8))
    info.add(record, entries: entries)
  }

  /// Closes the table and writes the schema, the README and `export-info.json`; returns
  /// how many files were written.
  func finish() throws -> Int {
    try table.close()
    let files = ParadataExporter.closingFiles(info: info)
    for file in files { try writer.write(file) }
    return files.count + 1
  }
}

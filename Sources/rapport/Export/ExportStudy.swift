import Foundation
import RapportCore
import RapportTerminal

/// One protocol's study-level files (`csv`, `descriptors`, `labelled`, `qdpx`, `qdc`), filled session by
/// session: the timings table and the `.qdpx` stream to their files as each session comes;
/// the answers, codebook and descriptors, whose columns need every session, are written at
/// the end from each session's ids, attributes and answers (never its notes).
final class ExportStudy {
  private let protocolID: String
  private let formats: [ExportFormat]
  private let writer: ExportWriter
  private let cells: CSVTable.Cells
  private var outline: ProtocolOutline?
  private var records: [SessionRecord] = []
  /// Why each session's unanswered items are missing, for `labelled` (read from the visits,
  /// which the kept summaries no longer have).
  private var missing: [[String: MissingReason]] = []
  private var timings: ExportStream?
  private var qdpx: (file: ExportZipFile, spool: ExportStream, project: QDPXWriter)?
  /// The questions visited, for a codebook whose protocol snapshot names none (ids and
  /// titles, each once).
  private var visited: [(id: String, title: String)] = []

  init(
    protocolID: String, formats: [ExportFormat], writer: ExportWriter, created: Date,
    cells: CSVTable.Cells
  ) throws {
    self.protocolID = protocolID
    self.formats = formats
    self.writer = writer
    self.cells = cells
    if formats.contains(.csv) {
      let stream = try writer.stream(names(.csv)[0])
      try stream.write(Data(TimingsCSVExporter.headerText.utf8))
      timings = stream
    }
    if formats.contains(.qdpx) {
      let name = names(.qdpx)[0]
      let file = try ExportZipFile(stream: try writer.stream(name), modified: created)
      let spool = try writer.spool(for: name)
      qdpx = (
        file, spool,
        QDPXWriter(zip: file.zip, spool: spool, name: protocolID, created: created)
      )
    }
  }

  /// Adds a session (and its recording, opened by `recording`, for the `.qdpx`); returns
  /// warnings about the recording. A recording that cannot be opened or read removes the
  /// unfinished `.qdpx`.
  func add(
    _ session: SessionExporter.Loaded, transcript: SessionExporter.Transcript,
    recording: () throws -> (recording: Recording, file: MediaFile)? = { nil }
  ) throws -> [String] {
    if outline == nil { outline = session.outline }
    let record = session.record
    try timings?.write(Data(TimingsCSVExporter.rowsText(record, cells: cells).utf8))
    if formats.contains(.csv) || formats.contains(.descriptors) || formats.contains(.labelled) {
      records.append(record.studySummary)
    }
    if formats.contains(.labelled) { missing.append(MissingReason.reasons(in: record)) }
    if formats.contains(.qdc) {
      visited = QDCExporter.visitedQuestions([record], after: visited)
    }
    guard let file = qdpx?.file else { return [] }
    return try file.writing {
      let opened = try recording()
      defer { opened?.file.close() }
      return try qdpx?.project.add(
        record, blocks: transcript.blocks, text: transcript.text,
        recording: opened?.recording, cues: transcript.cues) ?? []
    }
  }

  /// Writes what waited for every session; returns the files written and any conflicts.
  func finish() throws -> (written: Int, conflicts: [DescriptorsExporter.Conflict]) {
    var written = 0
    var conflicts: [DescriptorsExporter.Conflict] = []
    if let timings {
      try timings.close()
      let answers = AnswersCSVExporter.export(records, outline: outline, cells: cells)
      let texts = [answers.answers, answers.codebook, answers.tableSchema]
      for (name, text) in zip(names(.csv).dropFirst(), texts) {
        try writer.write(ExportFile(name: name, text: text))
      }
      written += 4
    }
    if formats.contains(.descriptors) {
      let output = DescriptorsExporter.export(records, outline: outline, cells: cells)
      try writer.write(ExportFile(name: names(.descriptors)[0], text: output.csv))
      conflicts = output.conflicts
      written += 1
    }
    if formats.contains(.labelled) {
      let sessions = zip(records, missing).map { LabelledAnswers.Session(record: $0, missing: $1) }
      let output = LabelledExporter.export(
        sessions, outline: outline, protocolID: protocolID, cells: cells)
      for (name, text) in zip(names(.labelled), output.texts) {
        try writer.write(ExportFile(name: name, text: text))
      }
      written += output.texts.count
    }
    if formats.contains(.qdc) {
      let text = QDCExporter.export(outline: outline, visited: visited, protocolID: protocolID)
      try writer.write(ExportFile(name: names(.qdc)[0], text: text))
      written += 1
    }
    if var qdpx {
      try qdpx.file.writing { try qdpx.project.finish(outline: outline) }
      try qdpx.file.close()
      qdpx.spool.discard()
      written += 1
    }
    return (written, conflicts)
  }

  private func names(_ format: ExportFormat) -> [String] {
    format.studyFileNames(protocolID: protocolID)
  }
}

import Foundation
import RapportCore
import RapportTerminal

/// The steps of `rapport export` that touch files: read each journal, write its files, and
/// fold it into its protocol's study files, one session at a time.
///
/// Memory stays flat in the number of sessions: a session's files are written as soon as it
/// is read, and the study files stream (`ExportStudy`); what is kept across sessions is
/// small (ids, attributes and answers for the tables, the zip's directory).
enum ExportRun {
  struct Outcome {
    var written = 0
    var sessions = 0
    var failed = 0
    /// Problems with the sessions, in folder order, then the study files' conflicts.
    var warnings: [String] = []
  }

  /// Writes every file, after checking that none would replace a file (unless forced).
  static func run(
    _ folders: [SessionFolder], formats: [ExportFormat], redactor: Redactor,
    writer: ExportWriter, progress: ProgressBar, media: String? = nil,
    mediaLink: Recording.Link = .reference, cells: CSVTable.Cells = .spreadsheetSafe
  ) throws -> Outcome {
    let perSession = formats.filter(\.isPerSession)
    let studyFormats = formats.filter { !$0.isPerSession && !$0.isPerExport }
    let plan = plan(folders)
    var names = plan.sessions.flatMap { id in
      perSession.map { ExportFile.name(sessionID: id, format: $0) }
    }
    for id in plan.protocols {
      names += studyFormats.flatMap { $0.studyFileNames(protocolID: id) }
    }
    names += formats.flatMap(\.exportFileNames)
    let recordings = try ExportMedia(media, link: mediaLink, sessions: plan.recordable)
    try writer.prepare(names: names)
    let paradata = try formats.contains(.paradata) ? paradata(writer, redactor, cells) : nil

    var reader = JournalExportReader()
    let protocolFiles = ProtocolFileCheck.Files()
    var outcome = Outcome()
    outcome.warnings += recordings.warnings
    var studies: [String: ExportStudy] = [:]
    var order: [String] = []
    for folder in folders {
      let session: SessionExporter.Loaded
      let entries: [JournalEntry]
      do {
        defer { progress.advance() }
        let result = try reader.read(try folder.readJournal())
        session = SessionExporter.Loaded(
          record: result.session.record.redacted(by: redactor),
          outline: result.session.outline?.redacted(by: redactor))
        entries = result.entries
        outcome.warnings += session.record.warnings.map { "session '\(folder.name)': \($0)" }
        outcome.warnings += result.problems.map { "session '\(folder.name)': \($0)" }
        if let drift = protocolFiles.drift(of: result.start) {
          outcome.warnings.append("session '\(folder.name)': \(drift.sentence)")
        }
      } catch {
        outcome.failed += 1
        outcome.warnings.append("session '\(folder.name)': \(error.localizedDescription)")
        continue
      }
      defer { progress.advance() }
      outcome.sessions += 1
      let record = session.record
      let transcript = SessionExporter.Transcript(
        record, needsText: formats.contains(.text) || formats.contains(.qdpx),
        needsCues: SessionExporter.Transcript.needsCues(formats))
      for file in try SessionExporter.files(
        for: record, formats: perSession, transcript: transcript)
      {
        try writer.write(file)
        outcome.written += 1
      }
      try paradata?.add(record, entries: entries)
      guard !studyFormats.isEmpty else { continue }
      let id = record.protocolID
      if studies[id] == nil {
        order.append(id)
        studies[id] = try ExportStudy(
          protocolID: id, formats: studyFormats, writer: writer,
          created: plan.created[id] ?? record.startedAt, cells: cells)
      }
      outcome.warnings +=
        try studies[id]?.add(session, transcript: transcript) { try recordings.open(folder.name) }
        ?? []
    }
    var conflicts: [String] = []
    for id in order {
      guard let study = studies[id] else { continue }
      let finished = try study.finish()
      outcome.written += finished.written
      conflicts += finished.conflicts.map(\.message)
    }
    outcome.warnings += conflicts
    if let paradata { outcome.written += try paradata.finish() }
    return outcome
  }

  /// The export's paradata files, opened before the first session is read.
  private static func paradata(
    _ writer: ExportWriter, _ redactor: Redactor, _ cells: CSVTable.Cells
  ) throws -> ExportParadata {
    let info = ExportInfo(
      rapportVersion: Rapport.configuration.version, exportedAt: Date(),
      redacted: !redactor.isEmpty, csvCells: cells)
    return try ExportParadata(writer: writer, redactor: redactor, info: info)
  }

  /// What the export will write, known before anything is: each journal's first entry
  /// names its session, participant and protocol, and its time stamps the protocol's `.qdpx`.
  private static func plan(_ folders: [SessionFolder])
    -> (
      sessions: [String], protocols: [String], created: [String: Date],
      recordable: [RecordingMatcher.Session]
    )
  {
    var recordable: [RecordingMatcher.Session] = []
    var sessions: [String] = []
    var protocols: [String] = []
    var created: [String: Date] = [:]
    for folder in folders {
      guard let data = try? folder.readJournal(), let first = JournalCodec.firstEntry(of: data),
        case .sessionStarted(let start) = first.event
      else { continue }
      sessions.append(start.sessionID)
      recordable.append(.init(folderName: folder.name, participant: start.participant))
      if let earlier = created[start.protocolID] {
        created[start.protocolID] = min(earlier, first.at)
      } else {
        protocols.append(start.protocolID)
        created[start.protocolID] = first.at
      }
    }
    return (sessions, protocols, created, recordable)
  }
}

import Foundation
import RapportCore
import RapportTerminal

/// The steps of `rapport export` that touch files: read journals, write exports.
enum ExportRun {
  struct Loaded {
    var sessions: [SessionExporter.Loaded] = []
    var problems: [String] = []
    var failed = 0
  }

  /// Reads every folder's journal; a session that cannot be read is reported and skipped.
  static func load(_ folders: [SessionFolder], redactor: Redactor, progress: ProgressBar) -> Loaded
  {
    var reader = JournalExportReader()
    var loaded = Loaded()
    for folder in folders {
      defer { progress.advance() }
      do {
        let result = try reader.read(try folder.readJournal())
        var session = result.session
        session.record = session.record.redacted(by: redactor)
        session.outline = session.outline?.redacted(by: redactor)
        loaded.sessions.append(session)
        loaded.problems += session.record.warnings.map { "session '\(folder.name)': \($0)" }
        loaded.problems += result.problems.map { "session '\(folder.name)': \($0)" }
        if let drift = ProtocolFileCheck.drift(of: result.start) {
          loaded.problems.append("session '\(folder.name)': \(drift.sentence)")
        }
      } catch {
        loaded.failed += 1
        loaded.problems.append("session '\(folder.name)': \(error.localizedDescription)")
      }
    }
    return loaded
  }

  struct Outcome {
    var written = 0
    var warnings: [String] = []
  }

  /// Writes every file, after checking that none would replace a file (unless forced).
  static func write(
    _ sessions: [SessionExporter.Loaded], formats: [ExportFormat], to writer: ExportWriter,
    progress: ProgressBar
  ) throws -> Outcome {
    let perSession = formats.filter(\.isPerSession)
    let study = formats.filter { !$0.isPerSession }
    var names = sessions.flatMap { session in
      perSession.map { ExportFile.name(for: session.record, format: $0) }
    }
    for group in SessionExporter.groups(sessions) {
      names += study.flatMap { $0.studyFileNames(protocolID: group.protocolID) }
    }
    try writer.prepare(names: names)
    var outcome = Outcome()
    for session in sessions {
      defer { progress.advance() }
      for format in perSession {
        try writer.write(try SessionExporter.file(for: session.record, format: format))
        outcome.written += 1
      }
    }
    for format in study {
      let result = try SessionExporter.studyFiles(for: sessions, format: format)
      for file in result.files { try writer.write(file) }
      outcome.written += result.files.count
      outcome.warnings += result.conflicts.map(\.message)
    }
    return outcome
  }
}

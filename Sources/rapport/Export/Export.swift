import ArgumentParser
import Foundation
import RapportCore
import RapportTerminal

extension Rapport {
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "export",
      abstract: "Export sessions for transcription and analysis.",
      discussion: """
        Formats: markdown, text, docx (transcription templates); vtt, srt (chapters for the \
        recording); csv (timings, answers, codebook, Table Schema); descriptors (one row per \
        participant); labelled (answers for Stata, SPSS/PSPP and R); json; eaf (ELAN); qdpx (REFI-QDA project); qdc (REFI-QDA codebook); \
        audacity, cue (markers for audio editors); paradata (every event of the export); or \
        all. Times are from the recording mark (/rec) when there is one, else from the \
        session start. See docs/exports.md.
        """)

    @Argument(help: "Sessions: folder, folder name, or participant id when only one matches.")
    var sessions: [String] = []

    @Flag(help: "Export every session in the responses folder.")
    var all = false

    @OptionGroup var responses: ResponsesFolder

    @Option(name: .shortAndLong, help: "A format, or 'all'; may be repeated.")
    var format: [ExportFormatChoice] = []

    @Option(help: "The folder to write into (created 0700 when missing).")
    var out = "Exports"

    @Option(help: "A file of names and terms, one per line, replaced by [REDACTED] everywhere.")
    var redact: String?

    @Flag(help: "Replace files that already exist.")
    var force = false

    @Option(help: CSVTable.Cells.help)
    var csvCells: CSVTable.Cells = .spreadsheetSafe

    @OptionGroup var media: MediaOptions

    func validate() throws {
      if sessions.isEmpty && !all {
        throw ValidationError("name one or more sessions, or use --all")
      }
      if !sessions.isEmpty && all {
        throw ValidationError("name sessions or use --all, not both")
      }
      if format.isEmpty {
        throw ValidationError("choose a format with --format (or --format all)")
      }
      try media.check(formats: try formats())
    }

    func formats() throws -> [ExportFormat] { try ExportFormatChoice.chosen(format) }

    func run() throws {
      let formats = try formats()
      let store = try responses.open()
      var folders: [SessionFolder] = []
      if all {
        folders = store.allSessions()
        if folders.isEmpty { try StandardError.fail("no sessions in '\(responses.path)'") }
      } else {
        for reference in sessions {
          do { folders.append(try store.find(reference)) } catch {
            try StandardError.fail(error.localizedDescription)
          }
        }
      }
      let redactor = try redactor()
      ExportZipFile.keepFreedMemory()
      let progress = ProgressBar(total: folders.count * 2, label: "sessions")
      let writer = ExportWriter(folder: out, force: force)
      let outcome = try ExportRun.run(
        folders, formats: formats, redactor: redactor, writer: writer, progress: progress,
        media: media.media, mediaLink: media.mediaLink?.link ?? .reference, cells: csvCells)
      progress.finish()
      for problem in outcome.warnings {
        StandardError.warning(problem)
      }
      print(
        "Wrote \(outcome.written) file(s) to '\(TerminalText.line(out))' "
          + "from \(outcome.sessions) session(s).")
      // With --all, a folder whose journal never got its first line (a run that stopped at
      // once) is reported and passed over; a session named on the command line must export.
      if outcome.failed > 0 && !all {
        try StandardError.fail("\(outcome.failed) session(s) could not be exported")
      }
    }

    private func redactor() throws -> Redactor {
      guard let redact else { return Redactor(terms: []) }
      guard let data = FileManager.default.contents(atPath: redact),
        let text = String(data: data, encoding: .utf8)
      else {
        try StandardError.fail("cannot read the redaction list '\(redact)'")
      }
      let redactor = Redactor(listText: text)
      if redactor.isEmpty {
        try StandardError.fail("the redaction list '\(redact)' names no terms")
      }
      return redactor
    }
  }
}

import ArgumentParser
import Foundation
import RapportCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Rapport {
  struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "lint",
      abstract: "Check protocol and study files and report every problem found.",
      discussion: """
        Prints diagnostics as 'path:line:column: error|warning: message [rule]'. \
        A study file (one with 'rapport-study:') is checked with the protocols it names. \
        Exits 0 when there are no errors (warnings allowed), 1 on any error, 2 on usage errors.
        """)

    @Argument(help: "Protocol or study files to check.")
    var files: [String]

    @Option(help: "Output format: text (compiler style) or json.")
    var format: LintFormat = .text

    func run() throws {
      var diagnostics: [Diagnostic] = []
      for path in files {
        diagnostics += Self.check(path)
      }
      diagnostics = Linter.sorted(diagnostics)
      switch format {
      case .text:
        let colour =
          isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        FileHandle.standardOutput.write(
          Data(DiagnosticReport.text(diagnostics.map(Self.shown), colour: colour).utf8))
      case .json:
        FileHandle.standardOutput.write(Data(DiagnosticReport.json(diagnostics).utf8))
      }
      let summary = DiagnosticReport.summary(diagnostics, fileCount: files.count)
      FileHandle.standardError.write(Data((summary + "\n").utf8))
      if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }

    /// One file's diagnostics. The file's bytes are handed over (`consume`), so a protocol's
    /// are let go once it is read, before the lint rules run (a large file's peak).
    static func check(_ path: String) -> [Diagnostic] {
      let data: Data
      switch ProtocolFile.contents(of: path) {
      case .data(let contents): data = contents
      case .unreadable(let diagnostic): return [diagnostic]
      }
      if StudyLoader.isStudyFile(data) {
        return StudyCheck.check(data: data, path: path, read: ProtocolFile.source).diagnostics
      }
      return Linter.lint(data: consume data, path: path)
    }

    /// A diagnostic as a terminal may show it: messages quote the protocol's keys and values
    /// and name its path, so their control characters are made visible (`TerminalText`).
    /// The JSON report keeps them exact.
    static func shown(_ diagnostic: Diagnostic) -> Diagnostic {
      var shown = diagnostic
      shown.message = TerminalText.message(diagnostic.message)
      shown.location.file = TerminalText.message(diagnostic.location.file)
      shown.notes = diagnostic.notes.map { note in
        var note = note
        note.message = TerminalText.message(note.message)
        if let file = note.location?.file { note.location?.file = TerminalText.message(file) }
        return note
      }
      return shown
    }
  }

  enum LintFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
  }
}

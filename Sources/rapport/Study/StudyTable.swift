import ArgumentParser
import Foundation
import RapportCore
import RapportTerminal

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Rapport {
  struct StudyTable: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "table",
      abstract: "The participant-characteristics table (Table 1), with every data defect.",
      discussion: """
        Built from the interview sessions of every --responses folder. Defects (an id used \
        for two people, gaps in the ids, sessions without attributes, quota cells that do \
        not match the plan, a session in two folders) are listed on standard error and in \
        the Markdown and Word documents; nothing is fixed.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case markdown
      case csv
      case docx
    }

    @OptionGroup var options: StudyOptions

    @Option(help: "Output format: markdown, csv or docx.")
    var format: Format = .markdown

    @Option(help: "Write to this file (required for docx) instead of standard output.")
    var output: String?

    @Flag(help: "Replace an existing output file.")
    var force = false

    @Option(help: CSVTable.Cells.help)
    var csvCells: CSVTable.Cells = .spreadsheetSafe

    func run() throws {
      let study = try options.load()
      let (ledger, sessions) = try options.ledgerAndSessions(study)
      ledger.diagnostics.forEach { StandardError.write($0.compilerForm) }
      let table = ParticipantTable(
        plan: study.plan, interview: study.interview.model, ledger: ledger,
        sessions: sessions)
      let title = "Participant characteristics — " + study.plan.title.value
      let data: Data
      switch format {
      case .markdown: data = Data(table.markdown(title: title).utf8)
      case .csv: data = Data(table.csv(csvCells).utf8)
      case .docx:
        guard output != nil else {
          try StandardError.fail("--format docx needs --output FILE.docx")
        }
        data = try StandardError.failing { try table.docx(title: title, created: Date()) }
      }
      if let output {
        // The table holds participants' details: readable by you alone, whatever the umask.
        let previous = umask(0o077)
        defer { umask(previous) }
        try FileOutput.create(output, data: data, overwrite: force)
      } else {
        FileHandle.standardOutput.write(isatty(STDOUT_FILENO) == 1 ? Self.shown(data) : data)
      }
      for defect in table.defects { StandardError.warning("data defect: " + defect.message) }
      let count = table.defects.count
      StandardError.note(
        "\(table.rows.count) row\(table.rows.count == 1 ? "" : "s"), \(count) data defect"
          + (count == 1 ? "" : "s"))
    }

    /// The CSV as a terminal may show it: a participant's own words may hold escape
    /// sequences, made visible and inert here (a file or a pipe gets the exact bytes).
    /// Markdown is escaped by its exporter already; Word never reaches a terminal.
    static func shown(_ data: Data) -> Data {
      let text = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
      return Data(TerminalText.block(text).utf8)
    }
  }
}

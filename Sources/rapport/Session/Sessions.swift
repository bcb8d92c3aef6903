import ArgumentParser
import Foundation
import RapportCore
import RapportTerminal

extension Rapport {
  struct Sessions: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "sessions",
      abstract: "List sessions: participant, protocol, start, duration, status, counts.",
      discussion: """
        Each journal is checked as it is read (its format, its protocol snapshot's SHA-256, \
        damaged or unfinished lines); what is found is marked in STATUS and said in one \
        warning per problem on standard error. Nothing is changed.
        """)

    @OptionGroup var responses: ResponsesFolder

    func run() throws {
      let store = try responses.open()
      let folders = store.allSessions()
      guard !folders.isEmpty else {
        print("No sessions in '\(TerminalText.line(responses.path))'.")
        return
      }
      var rows: [[String]] = []
      var warnings: [String] = []
      for folder in folders {
        let listed = SessionListing.row(for: folder)
        rows.append(listed.row)
        warnings += listed.warnings
      }
      // On a terminal the table fits its width; piped, every column is there for tools.
      let terminal = TerminalInfo.current(environment: ProcessInfo.processInfo.environment)
      print(SessionListing.table(rows, width: terminal.outputIsTerminal ? terminal.width : nil))
      warnings.forEach { StandardError.warning($0) }
    }
  }
}

import ArgumentParser
import Foundation
import RapportCore
import RapportTerminal

extension Rapport {
  struct StudyStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "status",
      abstract: "Quota cells, participants waiting, interviews and compensation owed.")

    @OptionGroup var options: StudyOptions

    @Option(help: "Output format: text (a table that fits the terminal) or json.")
    var format: LintFormat = .text

    func run() throws {
      let study = try options.load()
      let (ledger, sessions) = try options.ledgerAndSessions(study)
      let status = StudyStatus(plan: study.plan, ledger: ledger, sessions: sessions)
      switch format {
      case .text:
        let terminal = TerminalInfo.current(environment: ProcessInfo.processInfo.environment)
        print(status.text(width: terminal.width), terminator: "")
      case .json:
        print(status.json, terminator: "")
      }
    }
  }
}

import ArgumentParser
import Foundation
import RapportCore
import RapportTerminal

extension Rapport {
  struct Resume: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "resume",
      abstract: "Continue a session exactly where it stopped (after a pause or a crash).")

    @Argument(help: "The session: its folder, its folder name, or the participant id if only one.")
    var session: String

    @OptionGroup var responses: ResponsesFolder

    @Option(
      help: ArgumentHelp(
        "The study file: the debrief shows the participant's own site's welfare text again.",
        valueName: "study-file"))
    var study: String?

    @Option(
      help: ArgumentHelp(
        "With --study: the responses folder holding the study's ledger (default: --responses).",
        valueName: "folder"))
    var ledger: String?

    func run() throws {
      let (store, folder) = try responses.find(session)
      let terminal = TerminalInfo.current(environment: ProcessInfo.processInfo.environment)
      let sites = try study.map {
        try AssignedInterviewers.sites(study: $0, ledgerFolder: ledger ?? responses.path)
      }
      try LiveSession.resume(
        folder, opener: SessionOpener(store: store, clock: SystemClock()), terminal: terminal
      ) { start, snapshot in
        guard let site = sites?[start.participant] else { return snapshot }
        return SitePlaceholders.fill(snapshot, site: site)
      }
    }
  }
}

import ArgumentParser
import Foundation
import RapportCore
import RapportTerminal

extension Rapport {
  struct Screen: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "screen",
      abstract: "Screen a new respondent with the study's screening protocol.",
      discussion: """
        Runs the screening protocol (on a terminal or piped, like 'rapport run'). An eligible \
        respondent gets the next participant id; an ineligible one gets the study's polite \
        text. Only the answers the study file keeps are written to the study's ledger; the \
        screening session itself is removed.
        """)

    @OptionGroup var options: StudyOptions

    func run() throws {
      let study = try options.load()
      let plan = study.plan
      let (store, ledger) = try options.ledger(plan)
      let respondent = try StandardError.failing {
        try ledger.update { current in
          let id = ScreeningDecision.respondentIDs.next(after: current.respondents)
          let entry = StudyLedgerEntry(
            type: .screeningStarted, respondent: id, at: StudyLedgerFile.stamp())
          return (entry, id)
        }
      }
      let terminal = TerminalInfo.current(environment: ProcessInfo.processInfo.environment)
      let opener = SessionOpener(store: store, clock: SystemClock())
      let opened = try StandardError.failing {
        try opener.start(
          protocol: study.screening.model, text: study.screening.text,
          path: study.screening.path, participant: respondent, lead: nil, support: nil,
          version: Rapport.configuration.version)
      }
      let folder: SessionFolder
      do {
        let lock = try LiveSession.takeLock(opened.folder)
        defer { withExtendedLifetime(lock) {} }
        folder = try LiveSession.drive(opened, terminal: terminal, announces: false)
      }
      let record = try StandardError.failing {
        var reader = JournalExportReader()
        return try reader.read(folder.readJournal()).session.record
      }
      let entry = try StandardError.failing {
        try ledger.update { current in
          let entry = ScreeningDecision.entry(
            for: record, respondent: respondent, plan: plan, ledger: current,
            at: StudyLedgerFile.stamp())
          return (entry, entry)
        }
      }
      // The screening's answers beyond those the ledger keeps are not kept.
      if !FolderRemoval.removeTree(folder.path) {
        StandardError.warning(
          "could not remove the screening session '\(folder.path)'; remove it with "
            + "'rapport delete \(respondent)'")
      }
      ScreeningDecision.message(entry, plan: plan).forEach { print($0) }
    }
  }
}

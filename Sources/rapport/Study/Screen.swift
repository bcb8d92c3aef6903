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
        try ledger.update { current -> (entry: StudyLedgerEntry?, result: String?) in
          guard current.damagedLines.isEmpty else { return (nil, nil) }
          let id = ScreeningDecision.respondentIDs.next(after: current.respondents)
          let entry = StudyLedgerEntry(
            type: .screeningStarted, respondent: id, at: StudyLedgerFile.stamp())
          return (entry, id)
        }
      }
      guard let respondent else { try Self.refuseDamaged(ledger) }
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
      let entry = try Self.decide(folder, respondent: respondent, plan: plan, ledger: ledger)
      // The screening's answers beyond those the ledger keeps are not kept.
      if !FolderRemoval.removeTree(folder.path) {
        StandardError.warning(
          "could not remove the screening session '\(folder.path)'; remove it with "
            + "'rapport delete \(respondent)'")
      }
      ScreeningDecision.message(entry, plan: plan).forEach { print(TerminalText.block($0)) }
    }

    /// The decision, on disk in the ledger. When it cannot be written (a full disk, a
    /// ledger damaged meanwhile) no id is shown, the session is kept so nothing is lost,
    /// and the coordinator is told, once, what to do.
    static func decide(
      _ folder: SessionFolder, respondent: String, plan: StudyPlan, ledger: StudyLedgerFile
    ) throws -> StudyLedgerEntry {
      let record = try StandardError.failing {
        var reader = JournalExportReader()
        return try reader.read(folder.readJournal()).session.record
      }
      let unrecorded =
        "; no participant id was given. The screening session '\(folder.path)' is kept: "
        + "once this is fixed, screen the respondent again and remove it with "
        + "'rapport delete \(respondent) --responses \(ledger.root)'"
      let decided: StudyLedgerEntry?
      do {
        decided = try ledger.update {
          current -> (entry: StudyLedgerEntry?, result: StudyLedgerEntry?) in
          guard current.damagedLines.isEmpty else { return (nil, nil) }
          let entry = ScreeningDecision.entry(
            for: record, respondent: respondent, plan: plan, ledger: current,
            at: StudyLedgerFile.stamp())
          return (entry, entry)
        }
      } catch {
        try StandardError.fail(
          "the screening of \(respondent) could not be recorded in the study ledger ("
            + error.localizedDescription + ")" + unrecorded)
      }
      guard let decided else {
        try StandardError.fail(
          "the study ledger '\(ledger.path)' was damaged during the screening of "
            + "\(respondent)" + unrecorded)
      }
      return decided
    }

    /// Exit 1 before any screening: a damaged line may hide an id already given.
    static func refuseDamaged(_ ledger: StudyLedgerFile) throws -> Never {
      let damaged = try StandardError.failing { try ledger.read().damagedLines }
      damaged.forEach { StandardError.write($0.compilerForm) }
      try StandardError.fail(
        "the study ledger has \(damaged.count) damaged line(s), which may hide a participant "
          + "id already given, so no new id can be given: repair or remove them first "
          + "(see docs/study.md, 'The ledger')")
    }
  }
}

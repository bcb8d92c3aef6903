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
      let (store, ledger) = try options.ledger(study.plan)
      let screening = ScreeningSession(plan: study.plan, ledger: ledger)
      let respondent = try Self.saying { try screening.start() }
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
      let entry = try Self.saying { try screening.decide(folder, respondent: respondent) }
      if let leftOver = ScreeningSession.discard(folder, respondent: respondent) {
        StandardError.warning(leftOver)
      }
      ScreeningDecision.message(entry, plan: study.plan).forEach { print(TerminalText.block($0)) }
    }

    /// Runs `body`; a refusal is said with its located lines first, any other error as
    /// `StandardError.failing` says it.
    private static func saying<T>(_ body: () throws -> T) throws -> T {
      try StandardError.failing {
        do {
          return try body()
        } catch let refusal as ScreeningSession.Refusal {
          refusal.diagnostics.forEach { StandardError.write($0.compilerForm) }
          try StandardError.fail(refusal.message)
        }
      }
    }
  }
}

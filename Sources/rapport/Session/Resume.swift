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

    @OptionGroup var studyLink: StudyLink

    func run() throws {
      let (store, folder) = try responses.find(session)
      let terminal = TerminalInfo.current(environment: ProcessInfo.processInfo.environment)
      let filling = try studyLink.siteFilling(responses: responses)
      try LiveSession.resume(
        folder, opener: SessionOpener(store: store, clock: SystemClock()), terminal: terminal,
        adjusting: filling)
    }
  }
}

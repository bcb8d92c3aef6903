import ArgumentParser
import Foundation
import RapportCore
import RapportTerminal

extension Rapport {
  struct Resume: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Continue a session exactly where it stopped (after a pause or a crash).")

    @Argument(help: "The session: its folder, its folder name, or the participant id if only one.")
    var session: String

    @Option(help: "Where session folders are.")
    var responses = "Responses"

    func run() throws {
      let store = try ResponsesFolder.open(responses)
      let folder: SessionFolder
      do {
        folder = try store.find(session)
      } catch {
        printError("error: \(error.localizedDescription)")
        throw ExitCode(1)
      }
      let terminal = TerminalInfo.current(environment: ProcessInfo.processInfo.environment)
      try LiveSession.resume(
        folder, opener: SessionOpener(store: store, clock: SystemClock()), terminal: terminal)
    }
  }
}

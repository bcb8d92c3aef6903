import ArgumentParser
import Foundation
import RapportCore
import RapportTerminal

extension Rapport {
  struct Join: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Follow a running session from a second terminal, as the supporting interviewer.",
      discussion: """
        Shows the lead's screen live. Your lines are notes (role support); /f flags,
        /suggest N cues a prompt, /cue TEXT and /tw send the lead a cue. If the lead's
        terminal is gone, /takeover drives the session in the same journal.
        Remote: ssh -t HOST rapport join P001 (on the lead's machine or a shared server).
        """)

    @Argument(help: "The session: its folder, its folder name, or the participant id if only one.")
    var session: String

    @Option(help: "Where session folders are.")
    var responses = "Responses"

    @Option(name: .customLong("as"), help: "Who you are: support, or lead to re-attach.")
    var role: Role = .support

    func run() throws {
      let store = try ResponsesFolder.open(responses)
      let folder: SessionFolder
      let writerLock: DriverLock?
      do {
        folder = try store.find(session)
        writerLock = try DriverLock.acquireWriter(folder, writer: role.rawValue)
      } catch {
        printError("error: \(error.localizedDescription)")
        throw ExitCode(1)
      }
      guard let writerLock else {
        printError(
          "error: someone is already attached to '\(folder.name)' as \(role.rawValue); "
            + (role == .support ? "re-attach the lead with --as lead" : "leave that terminal first")
        )
        throw ExitCode(1)
      }
      defer { withExtendedLifetime(writerLock) {} }
      let clock = SystemClock()
      let joined: SessionOpener.Joined
      do {
        joined = try SessionOpener(store: store, clock: clock).join(
          folder, writer: role.rawValue, driverIsAlive: DriverLock.isHeld(folder),
          notifications: LiveSession.followsWithNotifications)
      } catch {
        printError("error: \(error.localizedDescription)")
        throw ExitCode(1)
      }
      joined.report.forEach { printError("note: \($0)") }
      try JoinSession.follow(joined, role: role, store: store)
    }
  }
}

extension Role: ExpressibleByArgument {}

import ArgumentParser
import Foundation
import RapportCore
import RapportTerminal

extension Rapport {
  struct Join: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "join",
      abstract: "Follow a running session from a second terminal, as the supporting interviewer.",
      discussion: """
        Shows the lead's screen live. Your lines are notes (role support); /f flags,
        /suggest N cues a prompt, /cue TEXT and /tw send the lead a cue. If the lead's
        terminal is gone, /takeover drives the session in the same journal.
        Remote: ssh -t HOST rapport join P001 (on the lead's machine or a shared server).
        """)

    @Argument(help: "The session: its folder, its folder name, or the participant id if only one.")
    var session: String

    @OptionGroup var responses: ResponsesFolder

    @Option(name: .customLong("as"), help: "Who you are: support, or lead to re-attach.")
    var role: Role = .support

    @OptionGroup var studyLink: StudyLink

    func run() throws {
      let (store, folder) = try responses.find(session)
      let writerLock = try StandardError.failing {
        try DriverLock.acquireWriter(folder, writer: role.rawValue)
      }
      guard let writerLock else {
        try StandardError.fail(
          "someone is already attached to '\(folder.name)' as \(role.rawValue); "
            + (role == .support ? "re-attach the lead with --as lead" : "leave that terminal first")
        )
      }
      defer { withExtendedLifetime(writerLock) {} }
      let clock = SystemClock()
      let filling = try studyLink.siteFilling(responses: responses)
      let joined = try StandardError.failing {
        try SessionOpener(store: store, clock: clock).join(
          folder, writer: role.rawValue, driverIsAlive: DriverLock.isHeld(folder),
          notifications: LiveSession.followsWithNotifications, adjusting: filling)
      }
      joined.report.forEach { StandardError.note($0) }
      try JoinSession.follow(joined, role: role, store: store, adjusting: filling)
    }
  }
}

extension Role: ExpressibleByArgument {}

import ArgumentParser
import Foundation
import RapportCore
import RapportTerminal

extension Rapport {
  struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "run",
      abstract: "Run a live session of a protocol with a participant.",
      discussion: """
        Type notes as plain lines; commands start with '/'. Enter moves on, /h shows help,
        /end ends the session. Everything is saved as you go in the responses folder.
        """)

    @Argument(help: "The protocol file, e.g. Protocols/belonging-interview.yaml.")
    var protocolFile: String

    @Option(help: "The participant's pseudonymous id, e.g. P001.")
    var participant: String

    @Option(help: "The lead interviewer's name or initials (kept in the journal).")
    var lead: String?

    @Option(help: "The supporting interviewer's name or initials.")
    var support: String?

    @OptionGroup var responses: ResponsesFolder

    @OptionGroup var studyLink: StudyLink

    @Option(
      help: "If this participant already has a session of this protocol: ask, resume, new or stop.")
    var ifExists: ExistingSessionChoice = .ask

    func run() throws {
      var input = try ProtocolInput.load(protocolFile)
      try ParticipantCheck.validate(participant, for: input.protocolValue)
      let assigned = try studyLink.assignment(
        of: participant, lead: lead, support: support, responses: responses)
      let lead = assigned?.lead ?? lead
      let support = assigned?.support ?? support
      // The debrief shows the participant's own institution's welfare text (or says the gap).
      input.protocolValue = SitePlaceholders.fill(input.protocolValue, site: assigned?.site)
      let store = try responses.open()
      let terminal = TerminalInfo.current(environment: ProcessInfo.processInfo.environment)
      let clock = SystemClock()
      let opener = SessionOpener(store: store, clock: clock)
      // A folder a failed start left without a session start is no session to resume.
      let existing = store.sessions(
        participant: participant, protocolID: input.protocolValue.id.value
      ).filter(\.holdsSessionStart)
      if let previous = existing.last {
        switch ExistingSessionChoice.resolve(
          ifExists, participant: participant, protocolID: input.protocolValue.id.value,
          previous: previous, count: existing.count,
          reader: ExistingSessionChoice.questionReader(terminal))
        {
        case .resume:
          try LiveSession.resume(
            previous, opener: opener, terminal: terminal,
            adjusting: try studyLink.siteFilling(responses: responses))
          return
        case .stop:
          throw ExitCode(0)
        case .new, .ask:
          break
        }
      }
      let opened = try StandardError.failing {
        try opener.start(
          protocol: input.protocolValue, text: input.text, path: input.path,
          participant: participant, lead: lead, support: support,
          version: Rapport.configuration.version)
      }
      let lock = try LiveSession.takeLock(opened.folder)
      defer { withExtendedLifetime(lock) {} }
      try LiveSession.drive(opened, terminal: terminal)
    }
  }
}

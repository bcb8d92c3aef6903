import RapportCore
import RapportTestSupport
import Testing

@Suite("Supporter's commands")
struct SupportCommandTests {
  let interview = SessionFixtures.miniInterview

  /// The mini interview standing on `step`, as the lead drove it.
  func state(at step: String) -> SessionState {
    SessionFixtures.miniInterviewScript(at: step).state
  }

  @Test(
    "lines and commands",
    arguments: [
      ("ask about placements", SupportCommand.note("ask about placements")),
      ("/ns audio lag", .note("audio lag")), ("", .refresh), ("/f", .flag(nil)),
      ("/f sensitive", .flag("sensitive")), ("/suggest 2", .suggest(2)), ("/sp 1", .suggest(1)),
      ("/cue ask about placements", .cue("ask about placements")), ("/tw", .timeWarning(nil)),
      ("/time-warning 5 min left", .timeWarning("5 min left")), ("/takeover", .takeover),
      ("/t", .time), ("/h", .help), ("/q", .leave),
    ])
  func parses(line: String, command: SupportCommand) {
    #expect(SupportCommandParser.parse(line) == command)
  }

  @Test(
    "navigation is the lead's while they drive",
    arguments: ["/n", "/next", "/b", "/g q3", "/p 1", "/end", "/skip", "/rec", "/pause", "/r"])
  func navigationIsRefused(line: String) {
    #expect(
      SupportCommandParser.parse(line)
        == .driving("the lead is driving; /takeover if their terminal is gone"))
  }

  @Test func unknownCommandsSuggestAName() {
    #expect(
      SupportCommandParser.parse("/sugest 1")
        == .invalid("unknown command '/sugest' (did you mean '/suggest'?): /h lists commands"))
    #expect(
      SupportCommandParser.parse("/suggest two")
        == .invalid(
          "'/suggest' needs a prompt number, e.g. /suggest 2"))
  }

  @Test func notesFlagsAndCuesAreTheSupportersEventsOnTheCurrentStep() {
    let state = state(at: "q2")
    func events(_ command: SupportCommand) -> [SessionEvent] {
      SupportDecider.decide(command, state: state, protocol: interview, clock: 100).events
    }
    #expect(events(.note(" audio lag ")) == [.noted(step: "q2", role: .support, text: "audio lag")])
    #expect(events(.flag(nil)) == [.flagged(step: "q2", text: nil)])
    #expect(
      events(.suggest(2))
        == [.cue(from: .support, kind: .suggestPrompt, text: "prompt 2: And with patients?")])
    #expect(
      events(.cue("placements")) == [.cue(from: .support, kind: .message, text: "placements")])
    #expect(
      events(.timeWarning("5 min")) == [.cue(from: .support, kind: .timeWarning, text: "5 min")])
    #expect(events(.suggest(3)) == [])
    #expect(
      SupportDecider.decide(.suggest(3), state: state, protocol: interview, clock: 100).feedback
        == ["there is no prompt 3: 'q2' has 2"])
    #expect(events(.driving("the lead is driving")) == [])
  }

  @Test func newsLinesSayWhoDidWhat() {
    let script = SessionFixtures.miniInterviewScript()
    let state = script.state
    func entry(_ event: SessionEvent, writer: String = "support") -> JournalEntry {
      JournalEntry(
        seq: 1, writer: writer, at: script.startWall.addingTimeInterval(65), clock: 65,
        event: event)
    }
    #expect(
      LiveNews.line(
        for: entry(.cue(from: .support, kind: .suggestPrompt, text: "prompt 1: With doctors?")),
        state: state) == "▶ CUE from support [1:05]: ask prompt 1: With doctors?")
    #expect(
      LiveNews.line(
        for: entry(.noted(step: "q1", role: .lead, text: "a\nb"), writer: "lead"),
        state: state) == "[1:05] lead note on q1: a b")
    #expect(LiveNews.line(for: entry(.stepEntered(step: "q2")), state: state) == nil)
  }
}

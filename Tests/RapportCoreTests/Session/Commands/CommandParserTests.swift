import RapportCore
import RapportTestSupport
import Testing

@Suite("Command parser")
struct CommandParserTests {
  let interview = SessionFixtures.miniInterview

  /// The mini interview standing on `step`, as the lead drove it.
  func state(at step: String) -> SessionState {
    SessionFixtures.miniInterviewScript(at: step).state
  }

  func parse(_ line: String, at step: String = "q1") -> SessionCommand {
    CommandParser.parse(line, state: state(at: step), protocol: interview)
  }

  @Test(
    "commands and their short forms",
    arguments: [
      ("", SessionCommand.next), ("   ", .next), ("/n", .next), ("/next", .next), ("/b", .back),
      ("/back", .back), ("/g q2", .goto("q2")), ("/goto  q3 ", .goto("q3")), ("/p 2", .prompt(2)),
      ("/prompt 1", .prompt(1)), ("/r", .rephrase), ("/u", .roundUp), ("/roundup", .roundUp),
      ("/s", .skip(nil)), ("/skip covered in q1", .skip("covered in q1")), ("/f", .flag(nil)),
      ("/f upset here", .flag("upset here")),
      ("/ns ask about placements", .note(.support, "ask about placements")),
      ("/note-as-support x", .note(.support, "x")),
      ("/note mind the time", .note(.lead, "mind the time")),
      ("/rec", .rec), ("/rec stop", .recStop), ("/REC Stop", .recStop),
      ("/rec later", .invalid("'/rec' takes nothing or 'stop': /rec marks, /rec stop stops")),
      ("/pause", .pause), ("/resume", .resume), ("/t", .time), ("/time", .time),
      ("/h", .help), ("/?", .help), ("/END", .end), ("/clear", .clearAnswer),
    ])
  func commands(line: String, command: SessionCommand) {
    #expect(parse(line) == command)
  }

  @Test("free text is a lead note on a question, kept as typed")
  func noteOnQuestion() {
    #expect(parse("she said “it’s fine” 🙂") == .note(.lead, "she said “it’s fine” 🙂"))
  }

  @Test("free text is the answer on a survey item or attribute")
  func answerOnItem() {
    var s = SessionScript(interview)
    #expect(CommandParser.parse("Female", state: s.state, protocol: interview) == .answer("Female"))
    s.type("2")
    #expect(CommandParser.parse("3", state: s.state, protocol: interview) == .answer("3"))
    #expect(
      CommandParser.parse("/note shy", state: s.state, protocol: interview) == .note(.lead, "shy"))
  }

  @Test("digits on a checklist tick items; other text is a note")
  func checklistInput() {
    #expect(parse("1", at: "consent") == .tick([1]))
    #expect(parse("1 2", at: "consent") == .tick([1, 2]))
    #expect(parse("form came by post", at: "consent") == .note(.lead, "form came by post"))
  }

  @Test(
    "bad commands give feedback, never a note",
    arguments: [
      ("/nxt", "unknown command '/nxt' (did you mean '/next'?): /h lists commands"),
      ("/zzzz", "unknown command '/zzzz': /h lists commands"),
      ("/", "type a command after '/', e.g. /h for help"),
      ("/p", "'/p' needs a number, e.g. /p 2"),
      ("/p two", "'/p' needs a number, e.g. /p 2"),
      ("/g", "'/g' needs a step id, e.g. /g q3"),
      ("/ns", "'/ns' needs some text"),
      ("/n now", "'/n' takes nothing after it; for a note, type the text without '/'"),
    ])
  func invalid(line: String, message: String) {
    #expect(parse(line) == .invalid(message))
  }

  @Test("Tab completes commands, step ids, prompt numbers and option labels")
  func completions() {
    let q1 = state(at: "q1")
    #expect(
      CommandParser.completions(for: "/re", state: q1, protocol: interview) == [
        "/rephrase", "/rec", "/resume",
      ])
    #expect(
      CommandParser.completions(for: "/g q", state: q1, protocol: interview) == [
        "/g q1", "/g q2", "/g q3",
      ])
    #expect(
      CommandParser.completions(for: "/goto cl", state: q1, protocol: interview) == [
        "/goto closing"
      ])
    #expect(CommandParser.completions(for: "/p ", state: q1, protocol: interview) == ["/p 1"])
    let gender = SessionScript(interview).state
    #expect(CommandParser.completions(for: "f", state: gender, protocol: interview) == ["Female"])
    #expect(
      CommandParser.completions(for: "", state: gender, protocol: interview) == [
        "Male", "Female", "Non-Binary",
      ])
    #expect(CommandParser.completions(for: "hello", state: q1, protocol: interview) == [])
    var survey = SessionScript(SessionFixtures.eligibility)
    survey.type(["", "1", "y"])
    #expect(
      CommandParser.completions(
        for: "Disability, l", state: survey.state, protocol: SessionFixtures.eligibility)
        == ["Disability, LGBTQIA+"])
  }
}

@Suite("Command parser for the supporting interviewer")
struct SupportCommandParserTests {
  @Test("free text and /note are the typing role's notes; /ns is always support")
  func roles() {
    let state = SessionScript(SessionFixtures.eligibility).state
    let survey = SessionFixtures.eligibility
    #expect(
      CommandParser.parse("audio lag", state: state, protocol: survey, role: .support)
        == .note(.support, "audio lag"))
    #expect(
      CommandParser.parse("/note x", state: state, protocol: survey, role: .support)
        == .note(.support, "x"))
    #expect(CommandParser.parse("/ns y", state: state, protocol: survey) == .note(.support, "y"))
    #expect(CommandParser.parse("z", state: state, protocol: survey) == .note(.lead, "z"))
  }
}

@Suite("Reply letters typed ahead")
struct ReplyLetterTests {
  let interview = SessionFixtures.miniInterview

  @Test(
    "a lone y, n, p or e is never saved as the lead's note", arguments: ["p", "P", "y", "n", "e"])
  func loneReplyIsRefused(letter: String) {
    let s = SessionFixtures.miniInterviewScript()
    let command = CommandParser.parse(letter, state: s.state, protocol: interview)
    #expect(
      command
        == .invalid(
          "'\(letter)' was not saved as a note: no question is waiting for a reply; "
            + "to note it anyway, type /note \(letter)"))
  }

  @Test("the same letter as a note on purpose, or a longer note, is kept")
  func deliberateNotesAreKept() {
    let s = SessionFixtures.miniInterviewScript()
    #expect(
      CommandParser.parse("/note p", state: s.state, protocol: interview) == .note(.lead, "p"))
    #expect(CommandParser.parse("pp", state: s.state, protocol: interview) == .note(.lead, "pp"))
    #expect(CommandParser.parse("x", state: s.state, protocol: interview) == .note(.lead, "x"))
  }

  @Test("the supporter's lone y is refused too; /note y is a note")
  func supporterLoneReply() {
    #expect(
      SupportCommandParser.parse("y")
        == .invalid(
          "'y' was not saved as a note: no question is waiting for a reply; "
            + "to note it anyway, type /note y"))
    #expect(SupportCommandParser.parse("/note y") == .note("y"))
  }
}

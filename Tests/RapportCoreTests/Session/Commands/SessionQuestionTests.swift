import RapportCore
import RapportTestSupport
import Testing

/// The y/n question and Ctrl-D's pause-or-end are the state's, replayed here as the runner
/// runs them: parse, decide, commit, take the question.
@Suite("Questions the terminal waits on")
struct SessionQuestionTests {
  let interview = SessionFixtures.miniInterview

  @Test("/end asks; a reply other than y carries on, y ends")
  func endAsksFirst() {
    var s = SessionScript(interview)
    s.type("/end")
    #expect(s.state.question?.prompt == "confirm (y/n)› ")
    #expect(CommandParser.parse("y", state: s.state, protocol: interview) == .reply("y"))
    s.type("no")
    #expect(s.state.question == nil)
    #expect(s.feedback == ["not confirmed; carrying on."])
    #expect(!s.state.isEnded)
    s.type("/end")
    s.type("y")
    #expect(s.state.isEnded)
  }

  @Test("Ctrl-D asks pause or end; p pauses and leaves")
  func ctrlDThenPause() {
    var s = SessionScript(interview)
    s.endInput()
    #expect(s.state.question == .pauseOrEnd)
    #expect(!s.left)
    s.type("p")
    #expect(s.left)
    #expect(s.state.isPaused)
    #expect(s.state.question == nil)
  }

  @Test("Ctrl-D then e asks to confirm the end; anything else carries on")
  func ctrlDThenEnd() {
    var s = SessionScript(interview)
    s.endInput()
    s.type("x")
    #expect(s.state.question == nil)
    #expect(!s.left && !s.state.isPaused)
    s.endInput()
    s.type("e")
    #expect(s.pendingConfirmation != nil)
    s.type("y")
    #expect(s.state.isEnded)
  }

  @Test("a second Ctrl-D, or the end of piped input, pauses and leaves")
  func endOfInputLeavesPaused() {
    var twice = SessionScript(interview)
    twice.endInput()
    twice.endInput()
    #expect(twice.left && twice.state.isPaused)
    var piped = SessionScript(interview)
    piped.endInput(terminal: false)
    #expect(piped.left && piped.state.isPaused)
    #expect(piped.events.filter { $0 == .paused }.count == 1)
  }

  @Test("a lone reply letter with no question waiting is still not a note")
  func replyLetterGuardStays() {
    let s = SessionScript(interview)
    var onQuestion = s
    onQuestion.type("2")
    onQuestion.type("3")
    onQuestion.type("1 2")
    onQuestion.type("")
    guard case .invalid = CommandParser.parse("p", state: onQuestion.state, protocol: interview)
    else {
      Issue.record("a lone p was taken as something")
      return
    }
  }
}

import RapportCore
import RapportTestSupport
import Testing

/// `/takeover`'s y/n is the supporter's state (`SupportState.question`), replayed here as
/// `JoinRunner` runs it: parse, decide, journal, take the question, carry out the effect.
@Suite("The supporter's /takeover question")
struct SupportTakeoverTests {
  let interview = SessionFixtures.miniInterview

  /// A view whose lead's terminal has gone, with `/takeover` typed and waiting for a reply.
  func asked() -> SupportScript {
    var s = SupportScript(interview)
    s.driver(present: false)
    s.type("/takeover")
    return s
  }

  /// The view under its last rule: the command hints and the lines about driving.
  func bottom(_ s: SupportScript) -> String {
    let screen = s.screen()
    let rule = String(repeating: "─", count: 60) + "\n"
    return screen.range(of: rule, options: .backwards).map { String(screen[$0.upperBound...]) }
      ?? screen
  }

  /// The bottom of the view with no question waiting and no driver.
  let noDriver = """
    type a note · /f flag · /suggest N · /cue TEXT · /tw time
    /h help
    SUPPORTING — the lead drives; your lines are notes (role support).
    No terminal is driving this session (the lead's is gone): /takeover to drive.

    """

  @Test("/takeover asks, the question last on the screen; y takes the driver lock")
  func yesTakesOver() {
    var s = asked()
    #expect(s.state.question == .takeover)
    #expect(s.state.question?.prompt == "confirm (y/n)› ")
    #expect(s.feedback == [])
    #expect(
      s.screen() == """
        P001 · participant details 1 of 2 · 0:00 / 20:00
        this step 0:00 · ○ not recording
        ────────────────────────────────────────────────────────────

        Participant details 1 of 2 · gender · required

        READ ALOUD
            Gender

        Options
          1 Male
          2 Female
          3 Non-Binary
          or Prefer to self-describe: type their own words

        Answer: (none yet)
          type 1–3, an option's name, or their own words

        ────────────────────────────────────────────────────────────
        type a note · /f flag · /suggest N · /cue TEXT · /tw time
        /h help
        SUPPORTING — the lead drives; your lines are notes (role support).
        No terminal is driving this session (the lead's is gone): /takeover to drive.
        Take over driving this session from the lead? Type y to confirm.

        """)
    #expect(SupportCommandParser.parse("y", state: s.state) == .reply("y"))
    s.type("Y")
    #expect(s.tookOver)
    #expect(s.state.question == nil)
    #expect(s.feedback == [])
  }

  @Test("n keeps supporting and takes the question off the screen")
  func noKeepsSupporting() {
    var s = asked()
    s.type("n")
    #expect(!s.tookOver && !s.left)
    #expect(s.state.question == nil)
    #expect(s.feedback == ["not taken over; you are still supporting."])
    #expect(bottom(s) == noDriver)
  }

  @Test("any other reply is no, and is not saved as a note")
  func otherTextIsNo() {
    var s = asked()
    let before = s.entries
    s.type("ask about placements")
    #expect(!s.tookOver)
    #expect(s.entries == before)
    #expect(s.feedback == ["not taken over; you are still supporting."])
    #expect(bottom(s) == noDriver)
    // The next line is a note again.
    s.type("ask about placements")
    #expect(s.feedback == ["note saved at 0:00"])
  }

  @Test("Ctrl-D while it waits keeps supporting; a second Ctrl-D leaves")
  func endOfInputKeepsSupporting() {
    var s = asked()
    s.endInput()
    #expect(!s.left && !s.tookOver)
    #expect(s.state.question == nil)
    #expect(s.feedback == ["not taken over; you are still supporting."])
    s.endInput()
    #expect(s.left && !s.tookOver)
  }

  @Test("the lead coming back while it waits: y is refused, the view goes on supporting")
  func leadBackWhilePending() {
    var s = asked()
    s.driver(present: true)
    #expect(
      bottom(s) == """
        type a note · /f flag · /suggest N · /cue TEXT · /tw time
        /h help
        SUPPORTING — the lead drives; your lines are notes (role support).
        Take over driving this session from the lead? Type y to confirm.

        """)
    s.type("y")
    #expect(!s.tookOver)
    #expect(s.state.question == nil)
    #expect(
      s.feedback == [
        "another terminal started driving this session meanwhile; you are still supporting."
      ])
  }

  @Test("a lock taken by another terminal between the look and the yes is said, not taken")
  func lockTakenMeanwhile() {
    var s = asked()
    s.lockIsFree = false
    s.type("y")
    #expect(!s.tookOver)
    #expect(
      s.feedback == [
        "another terminal started driving this session meanwhile; you are still supporting."
      ])
    #expect(bottom(s) == noDriver)
  }

  @Test("/takeover while the lead drives, or after the end, asks nothing")
  func refusedWithoutAsking() {
    var driving = SupportScript(interview)
    driving.type("/takeover")
    #expect(driving.state.question == nil)
    #expect(
      driving.feedback == [
        "the lead's terminal is still driving this session; /takeover works only when it is "
          + "gone (closed, crashed or disconnected)"
      ])
    var ended = SupportScript(interview)
    ended.leadWrites([.ended(reason: .endedEarly)])
    ended.driver(present: false)
    ended.type("/takeover")
    #expect(ended.state.question == nil)
    #expect(ended.feedback == ["the session has ended; there is nothing left to drive"])
  }

  @Test("with no driver, navigation says how to drive; /q and an empty line are effects")
  func noDriverNavigation() {
    var s = SupportScript(interview)
    s.driver(present: false)
    s.type("/n")
    #expect(
      s.feedback == [
        "No terminal is driving this session (the lead's is gone): /takeover to drive."
      ])
    s.driver(present: true)
    s.type("/n")
    #expect(s.feedback == ["the lead is driving; /takeover if their terminal is gone"])
    #expect(
      SupportDecider.decide(.refresh, state: s.state, protocol: interview, clock: 0).effect
        == .redraw)
    s.type("/q")
    #expect(s.left)
  }
}

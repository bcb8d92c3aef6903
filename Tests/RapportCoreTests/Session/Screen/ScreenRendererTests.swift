import Foundation
import RapportCore
import RapportTestSupport
import Testing

@Suite("Screen")
struct ScreenRendererTests {
  /// On q2 of the mini interview, 3:10 into it, prompt 2 asked, a note and a flag.
  func onQ2() -> SessionScript {
    var s = SessionScript(SessionFixtures.miniInterview)
    s.type(["2", "3", "1 2", ""])
    s.wait(60)
    s.type("")
    s.wait(400)
    s.type("")
    s.wait(190)
    s.type(["/p 2", "talks about the ward team — “they’re kind” but rushed", "/f"])
    return s
  }

  @Test("a question at 80 columns: status, read-aloud text, prompts, notes, keys")
  func question80() {
    #expect(
      onQ2().screen(width: 80) == """
        P001 · step 4 of 6 · 10:50 / 20:00 · this step 3:10 / 5:00 · ● REC
        ────────────────────────────────────────────────────────────────────────────────

        q2

        READ ALOUD
            How are your working relationships on clinical placements?

        Prompts
            1 With doctors?
          ✓ 2 And with patients?

        rephrase available (/r) · round-up available (/u)

        Note (not read aloud): Take your time here.

        1 note here · 1 flag
          lead: talks about the ward team — “they’re kind” but rushed

        ────────────────────────────────────────────────────────────────────────────────
        Enter next · /p N prompt · /f flag · /h help

        """)
  }

  @Test("the same question at 40 columns wraps and never cuts the question")
  func question40() {
    #expect(
      onQ2().screen(width: 40) == """
        P001 · step 4 of 6 · 10:50 / 20:00
        this step 3:10 / 5:00 · ● REC
        ────────────────────────────────────────

        q2

        READ ALOUD
            How are your working relationships
            on clinical placements?

        Prompts
            1 With doctors?
          ✓ 2 And with patients?

        rephrase available (/r)
        round-up available (/u)

        Note (not read aloud): Take your time
          here.

        1 note here · 1 flag
          lead: talks about the ward team — “th…

        ────────────────────────────────────────
        Enter next · /p N prompt · /f flag
        /h help

        """)
  }

  @Test("used rephrasings and round-ups are shown to read aloud")
  func rephrasedAndRoundUp() {
    var s = onQ2()
    s.type(["/r", "/u"])
    let screen = s.screen(width: 80)
    #expect(
      screen.contains(
        """
        REPHRASED — READ ALOUD
            How do you feel your professional relationships with staff on placements
            are?

        ROUND-UP — READ ALOUD
            Do you feel like you belong in the clinical environment?

        Note (not read aloud)
        """))
    #expect(!screen.contains("available (/r)"))
  }

  @Test("the consent checklist with ticks and required items, at 40 columns")
  func checklist40() {
    var s = SessionScript(SessionFixtures.miniInterview)
    s.type(["2", "3", "2"])
    #expect(
      s.screen(width: 40) == """
        P001 · step 1 of 6 · 0:00 / 20:00
        this step 0:00 · ○ not recording
        ────────────────────────────────────────

        consent · Consent

          [ ] 1 Online consent form received
                (required)
          [x] 2 Verbal consent to record
                obtained (required)

        Note (not read aloud): Consent is
          checked before the recording starts.

        ────────────────────────────────────────
        type 1 2 to tick · Enter next · /h help

        """)
  }

  @Test("paused and behind schedule say so plainly")
  func pausedAndBehind() {
    var s = onQ2()
    s.wait(700)
    s.type("/pause")
    s.wait(30)
    let lines = s.screen(width: 80).split(separator: "\n").prefix(3)
    #expect(
      Array(lines) == [
        "P001 · step 4 of 6 · 22:30 / 20:00 · this step 14:50 / 5:00 · ● REC · PAUSED",
        "PAUSED — type /resume to continue (paused time is not counted)",
        "4 min over plan — no planned time left, 2 questions to go",
      ])
  }

  @Test("behind schedule with time left counts the questions still to come")
  func behindWithTimeLeft() {
    var s = SessionScript(SessionFixtures.miniInterview)
    s.type(["2", "3", "1 2", "", ""])
    s.wait(15 * 60)
    // 15 min into a 20 min plan, still on q1: q2 (5 min) and q3 (2 min) need 7 of the 5 left.
    #expect(s.screen().split(separator: "\n")[1] == "2 min over plan — 5 min left for 3 questions")
    #expect(
      ScreenRenderer.timeLines(s.state, SessionFixtures.miniInterview, clock: s.clock)
        == [
          "session time 15:00 of 20:00 planned", "on 'q1' 15:00 of 4:00 budgeted",
          "recording marked at 0:00 on the interview clock; now at 00:15:00",
          "2 min over plan — 5 min left for 3 questions",
        ])
  }

  @Test("a survey item shows its options, the answer and how to answer")
  func surveyItem() {
    var s = SessionScript(SessionFixtures.eligibility)
    s.type(["", "2", "/b"])
    #expect(
      s.screen(width: 40) == """
        P001 · step 2 of 6 · 0:00 / 10:00
        this step 0:00 · ○ not recording
        ────────────────────────────────────────

        school · required

        READ ALOUD
            Which medical school are you
            attending?

        Options
          1 Imperial College London
          2 University College London
          3 None of these

        Answer: University College London
          type 1–3 or an option's name

        ────────────────────────────────────────
        type the answer · Enter next · /b back
        /h help

        """)
  }

  @Test("a screen-out shows its text and what Enter will do, then the ended screen")
  func screenOut() {
    var s = SessionScript(SessionFixtures.eligibility)
    s.type(["", "3"])
    #expect(s.screen(width: 40).contains("The session ends here. Enter ends it; /b\ngoes back."))
    s.type("")
    #expect(
      s.screen(width: 40) == """
        P001 · session ended · 0:00 / 10:00
        ○ not recording
        ────────────────────────────────────────

        The session ended at
        'not-eligible-school' (screened out).

        READ ALOUD
            This study can only include the
            schools listed.

        steps covered 2 of 6 · 0 notes · 0 flags

        ────────────────────────────────────────

        """)
  }

  @Test("colour is ANSI only when asked for")
  func colour() {
    let s = onQ2()
    let plain = ScreenRenderer.render(
      s.state, protocol: s.interviewProtocol, clock: s.clock, width: 80, color: false)
    let coloured = ScreenRenderer.render(
      s.state, protocol: s.interviewProtocol, clock: s.clock, width: 80, color: true)
    #expect(!plain.contains("\u{1B}"))
    #expect(coloured.contains("\u{1B}[31m● REC\u{1B}[0m"))
    #expect(
      coloured.replacingOccurrences(of: "\u{1B}\\[[0-9]+m", with: "", options: .regularExpression)
        == plain)
  }
}

import Testing

@testable import RapportCore

@Suite struct TextGuideRendererTests {
  @Test func rendersTheWholeGuide() {
    let text = GuideFormat.text.render(GuideFixtures.pilot)
    #expect(
      text == """
        Pilot — café interview
        ══════════════════════

        Protocol: pilot · Version: 0.1 · Planned duration: 15 min

        A short pilot of the <guide> & its *timing*.

        ROLES

        Lead: Read the questions aloud.

        PARTICIPANT

        Participant ID: ________ (pattern P[0-9]{3}, for example P001)

        Year group · whole number from 1 to 6 · required
          Answer: ________

        STEPS

        1. Consent
           consent · checklist · 1 min · by 0:01
           ☐ Consent form received (required)
           ☐ Tea offered

        2. Marker
           start · starts the recording
           ▶ Start the recording now.

        3. Question 1 · Warm up
           q1 · 5 min · by 0:06
           READ ALOUD:
           │ How’s the “café” going?
           Prompts:
           1. ☐ And the staff?
           2. ☐ And the\u{00A0}customers?
           IF NOT UNDERSTOOD, READ ALOUD:
           │ How do you find working at the café?
           TO ROUND UP:
           │ Do you feel at home there?
           Note (not read aloud): Listen more than you talk.

        SECTION: Senior students
        ────────────────────────
        Only if: year >= 3

          4. Question 2
             q2 · 4 min 30 s · by 0:10:30
             READ ALOUD:
             │ What has changed since year 1?

          5. Scale
             rating · scale from 1 (Not at all) to 5 (Completely) · required
             READ ALOUD:
             │ How much do you belong?
             ☐ 1 (Not at all)
             ☐ 2
             ☐ 3
             ☐ 4
             ☐ 5 (Completely)

        6. Single choice
           place · choose one
           Only if: rating <= 2
           READ ALOUD:
           │ Where do you study?
           ☐ Library [lib]
           ☐ Home
           ☐ Somewhere else: ________

        7. End of session
           done · the session ends here
           READ ALOUD:
           │ Thank you — that’s all.

        TIME PLAN
          #  Time        By       Step
          1  1 min       0:01     Consent (consent)
          3  5 min       0:06     Question 1 · Warm up (q1)
          4  4 min 30 s  0:10:30  Question 2 (q2)

        Budgets add up to 10 min 30 s of the planned 15 min.

        """)
  }

  @Test func wrapsAtSeventyEightColumnsKeepingNonBreakingSpaces() {
    let words = Array(repeating: "word", count: 30).joined(separator: " ") + " 60\u{00A0}minutes"
    let lines = TextWrapper.wrap(words, width: 30, firstPrefix: "   ", prefix: "   │ ")
    #expect(lines.allSatisfy { $0.count <= 30 })
    #expect(lines.first == "   word word word word word")
    #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("   │ word") || $0.hasPrefix("   │ 60") })
    #expect(lines.joined().contains("60\u{00A0}minutes"))
    #expect(TextWrapper.wrap("a\nb", width: 78, firstPrefix: "", prefix: "  ") == ["a", "  b"])
  }

  @Test func everyLineOfALongGuideFitsTheWidth() {
    var proto = GuideFixtures.pilot
    proto.description = GuideFixtures.text(String(repeating: "A long description. ", count: 40))
    let text = GuideFormat.text.render(proto)
    #expect(text.split(separator: "\n").allSatisfy { $0.count <= TextGuideRenderer.width })
  }
}

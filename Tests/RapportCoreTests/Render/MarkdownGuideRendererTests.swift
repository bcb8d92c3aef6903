import Testing

@testable import RapportCore

@Suite struct MarkdownGuideRendererTests {
  @Test func rendersTheWholeGuide() {
    let markdown = GuideFormat.markdown.render(GuideFixtures.pilot)
    #expect(
      markdown == """
        # Pilot — café interview

        **Protocol:** `pilot` · **Version:** 0.1 · **Planned duration:** 15 min

        A short pilot of the \\<guide> & its \\*timing\\*.

        ## Roles

        **Lead:** Read the questions aloud.

        ## Participant

        **Participant ID:** ________ (pattern `P[0-9]{3}`, for example P001)

        **Year group** · whole number from 1 to 6 · required

        Answer: ________

        ## Steps

        ### 1. Consent

        `consent` · checklist · 1 min · by 0:01

        - ☐ Consent form received **(required)**
        - ☐ Tea offered

        ### 2. Marker

        `start` · starts the recording

        ▶ Start the recording now.

        ### 3. Question 1 · Warm up

        `q1` · 5 min · by 0:06

        > **Read aloud:** How’s the “café” going?

        **Prompts:**

        1. ☐ And the staff?
        2. ☐ And the\u{00A0}customers?

        > **If not understood:** How do you find working at the café?

        > **To round up:** Do you feel at home there?

        **Note (not read aloud):** Listen more than you talk.

        ### Senior students

        **Only if:** `year >= 3`

        #### 4. Question 2

        `q2` · 4 min 30 s · by 0:10:30

        > **Read aloud:** What has changed since year 1?

        #### 5. Scale

        `rating` · scale from 1 (Not at all) to 5 (Completely) · required

        > **Read aloud:** How much do you belong?

        - ☐ 1 (Not at all)
        - ☐ 2
        - ☐ 3
        - ☐ 4
        - ☐ 5 (Completely)

        ### 6. Single choice

        `place` · choose one

        **Only if:** `rating <= 2`

        > **Read aloud:** Where do you study?

        - ☐ Library (`lib`)
        - ☐ Home
        - ☐ Somewhere else: ________

        ### 7. End of session

        `done` · the session ends here

        > **Read aloud:** Thank you — that’s all.

        ## Time plan

        | # | Step | Time | By |
        |--:|:-----|-----:|---:|
        | 1 | Consent (`consent`) | 1 min | 0:01 |
        | 3 | Question 1 · Warm up (`q1`) | 5 min | 0:06 |
        | 4 | Question 2 (`q2`) | 4 min 30 s | 0:10:30 |

        Budgets add up to 10 min 30 s of the planned 15 min.

        """)
  }

  @Test func escapesMarkdownButKeepsTheWords() {
    #expect(
      MarkdownText.escape("a *b* _c_ [d] <e> `f` \\ g") == #"a \*b\* \_c\_ [d] \<e> \`f\` \\ g"#)
    #expect(
      MarkdownText.escape("# not a heading\n- not a list", continuation: "> ")
        == "\\# not a heading\\\n> \\- not a list")
    #expect(MarkdownText.code("a `b` c") == "``a `b` c``")
  }
}

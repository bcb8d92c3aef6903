import Foundation
import RapportCore
import RapportTestSupport
import Testing

@Suite struct MarkdownExporterTests {
  @Test func theTemplateOfAWholeInterview() throws {
    let record = try SessionRecordBuilder.build(
      entries: JournalFixtures.interview(), outline: JournalFixtures.interviewOutline)
    #expect(
      MarkdownExporter.export(record) == """
        # P001 — Belonging and support at medical school

        | Field | Value |
        |---|---|
        | Session | P001_belonging-interview_20221003T140509Z |
        | Protocol | belonging-interview, version 1.0 |
        | Protocol SHA-256 | a38f11b26352a3553afc470db684af8204aa454d78335eb9d7d7457599d62bb4 |
        | Participant | P001 |
        | Lead interviewer | HI |
        | Supporting interviewer | SA |
        | Date | 2022-10-03 14:05 UTC |
        | Planned duration | 01:00:00 |
        | Actual duration | 00:09:50, plus 00:02:00 paused |
        | Recording | marked 00:00:40 after the session start; times are from this mark |
        | Status | completed |

        ## Participant

        | Attribute | Answer |
        |---|---|
        | Gender | Female |
        | Medical school | Imperial College London |
        | Year group | 3 |

        ## Steps

        ### [-00:00:32] consent — Consent

        - [-00:00:21] Ticked: Online consent form received
        - [-00:00:10] Ticked: Verbal consent to record obtained

        Left at [-00:00:09], 00:00:23 on this step.

        ### [-00:00:09] start-recording

        > Start the recording now.

        - [00:00:00] Recording started

        Left at [00:00:00], 00:00:09 on this step.

        ### [00:00:00] q1 — Warm up

        > Can you tell me how you have generally found studying medicine?

        - [00:00:34] Prompt 1: Confidence with learning, and workload levels?
        - [00:01:29] Note (lead): chose it for the “community” \\| family

        Left at [00:02:39], 00:02:39 on this step.

        **Interviewer:**


        **P001:**


        ### [00:02:39] q3

        > Have you had any experiences that made you feel as though you didn’t belong?

        - [00:03:39] FLAG: sensitive: names a tutor
        - [00:04:19] Paused for 00:02:00 (left out of the timings)
        - [00:06:29] Note (support): ask about societies

        Left at [00:07:39], 00:03:00 on this step.

        **Interviewer:**


        **P001:**


        ### [00:07:39] q8

        > How are your working relationships on placements?

        - [00:07:59] Rephrased (1): How do you feel like your professional relationships with staff are?
        - [00:09:19] Round-up: Do you feel like you belong in the clinical environment?

        Left at [00:09:59], 00:02:20 on this step.

        **Interviewer:**


        **P001:**


        ### [00:09:59] q3 (visit 2)

        > Have you had any experiences that made you feel as though you didn’t belong?

        - [00:10:09] Prompt 2: What did you learn?

        Left at [00:10:59], 00:01:00 on this step.

        **Interviewer:**


        **P001:**


        ### [00:10:59] debrief — Debrief

        - [00:11:04] Skipped: sheet sent by email

        Left at [00:11:04], 00:00:05 on this step.

        ## Session

        - [00:11:05] Note (lead): audio clear throughout
        - [00:11:09] Session ended: completed

        """)
  }

  @Test func tableCellsEscapePipesAndStayOnOneLine() throws {
    var record = try SessionRecordBuilder.build(
      entries: JournalFixtures.interview(), outline: JournalFixtures.interviewOutline)
    record.attributes[0].display = "a | b\nc"
    #expect(MarkdownExporter.export(record).contains("| Gender | a \\| b c |\n"))
  }

  @Test func withoutAProtocolTheTemplateNamesStepsByIdAndStillLeavesRoomForTheTranscript()
    throws
  {
    let entries = JournalFixtures.entries([
      (0, .sessionStarted(JournalFixtures.start())),
      (5, .stepEntered(step: "q1")),
      (65, .noted(step: "q1", role: .support, text: "quote:\nsecond line")),
    ])
    let record = try SessionRecordBuilder.build(entries: entries, outline: nil)
    let text = MarkdownExporter.export(record)
    #expect(text.hasPrefix("# P001 — belonging-interview\n"))
    #expect(
      text.contains(
        """
        ### [00:00:05] q1

        - [00:01:05] Note (support): quote:
          second line

        Left at [00:01:05], 00:01:00 on this step.

        **Interviewer:**


        **P001:**

        """))
    #expect(text.contains("| Recording | not marked; times are from the session start |"))
    #expect(text.contains("| Status | not ended (the journal stops here) |"))
  }
}

import Foundation
import RapportCore
import RapportTestSupport
import Testing

/// Exports of a session whose terminal went down and whose recording has two parts.
@Suite struct RecordingPartsExportTests {
  func record() throws -> SessionRecord {
    try SessionRecordBuilder.build(
      entries: JournalFixtures.interruptedInterview(), outline: JournalFixtures.interviewOutline)
  }

  @Test func timesAreFromTheStartOfTheirPartAndDurationsLeaveTheOutageOut() throws {
    let r = try record()
    #expect(r.recordingParts.map(\.number) == [1, 2])
    // Part 1 ended at the last event before the outage (430 s); part 2 ran 520–705 s.
    let lengths: [Double?] = [389.5, 185]
    #expect(r.recordingParts.map(\.seconds) == lengths)
    let offsets: [Double] = [40.5, 520]
    #expect(r.recordingParts.map(\.offset) == offsets)
    let q8 = try #require(r.visits.first { $0.step == "q8" })
    #expect(q8.part == 2)
    #expect(q8.entered == -20)  // entered before part 2 began
    let noteTimes: [Double] = [89.75, 389.5, 80]
    #expect(r.notes.map(\.time) == noteTimes)
    // 710 s of wall time, minus the 120 s pause and the 60 s outage.
    #expect(r.activeSeconds == 530)
    let outage = SessionRecord.Outage(
      from: JournalFixtures.startDate.addingTimeInterval(430),
      to: JournalFixtures.startDate.addingTimeInterval(490), recordingRanOn: false)
    #expect(r.outages == [outage])
  }

  @Test func chaptersAndTheTemplateSayWhichPartAndWhereTheOutageWas() throws {
    let r = try record()
    let vtt = VTTExporter.export(r)
    #expect(
      vtt.contains("Recording part 2 starts 00:08:40 after the session start and ran 00:03:05"))
    #expect(
      vtt.contains(
        "No notes from 14:12 to 14:13 UTC: the interviewers' terminal was down; the recording stopped."
      ))
    #expect(vtt.contains("Part 1 · q1 — Warm up"))
    // After the stop, the debrief is not on the recording: no chapter for it.
    #expect(!vtt.contains("debrief"))
    let text = TextExporter.export(r)
    #expect(text.contains("part 2 · q8"))
    #expect(text.contains("[00:01:20] Note (lead): in part two"))
    #expect(text.contains("2 parts, the first marked 00:00:40 after the session start"))
    #expect(text.contains("the interviewers' terminal was down; the recording stopped"))
  }
}

import Foundation
import RapportCore
import RapportTestSupport
import Testing

@Suite struct SessionRecordBuilderTests {
  let record: SessionRecord

  init() throws {
    record = try SessionRecordBuilder.build(
      entries: JournalFixtures.interview(), outline: JournalFixtures.interviewOutline)
  }

  @Test func headerComesFromTheStartAndTheOutline() {
    #expect(record.participant == "P001")
    #expect(record.protocolTitle == "Belonging and support at medical school")
    #expect(
      record.interviewers == [.init(role: .lead, name: "HI"), .init(role: .support, name: "SA")])
    #expect(record.plannedSeconds == 3600)
    #expect(record.status == .completed)
    #expect(record.startedAt == JournalFixtures.startDate)
  }

  @Test func timesAreFromTheRecordingMarkAndPausesAreLeftOutOfDurations() {
    #expect(record.timeBase == .recording)
    #expect(record.recordingOffset == 40.5)
    #expect(record.pausedSeconds == 120)
    #expect(record.activeSeconds == 710 - 120)
    #expect(record.endTime == 710 - 40.5)
    #expect(record.pauses == [.init(start: 259.5, end: 379.5, seconds: 120)])
    let q3 = record.visits.first { $0.step == "q3" }
    #expect(q3?.entered == 159.5)
    #expect(q3?.left == 459.5)
    #expect(q3?.seconds == 180.0)
  }

  @Test func visitsKeepTheOrderTheyHappenedInWithRevisits() {
    #expect(
      record.visits.map(\.step) == [
        "gender", "school", "year", "consent", "start-recording", "q1", "q3", "q8", "q3", "debrief",
      ])
    #expect(record.visits.map(\.occurrence) == [1, 1, 1, 1, 1, 1, 1, 1, 2, 1])
    #expect(record.visits.filter(\.isAttribute).map(\.step) == ["gender", "school", "year"])
    let q8 = record.visits[7]
    #expect(q8.rephrasedCount == 1)
    #expect(q8.roundedUp)
    #expect(record.visits[8].promptsAsked == [2])
    #expect(record.visits[9].skip.skipped)
    #expect(record.visits[9].skip.reason == "sheet sent by email")
  }

  @Test func notesAndFlagsKeepTheirStepRoleAndTime() {
    #expect(record.notes.map(\.step) == ["q1", "q3", nil])
    #expect(record.notes.map(\.role) == [.lead, .support, .lead])
    #expect(record.notes.map(\.time) == [89.75, 389.5, 665.5])
    #expect(record.flags == [.init(time: 219.5, text: "sensitive: names a tutor", step: "q3")])
  }

  @Test func attributesAreDisplayedWithLabelsAndKeptApartFromAnswers() {
    #expect(record.attributes.map(\.item) == ["gender", "school", "year"])
    #expect(record.attributes.map(\.display) == ["Female", "Imperial College London", "3"])
    #expect(record.answers.isEmpty)
  }

  @Test func withoutAMarkTimesAreFromTheSessionStart() throws {
    let entries = JournalFixtures.entries([
      (0, .sessionStarted(JournalFixtures.start())),
      (5, .stepEntered(step: "q1")),
      (65, .stepLeft(step: "q1")),
    ])
    let plain = try SessionRecordBuilder.build(entries: entries, outline: nil)
    #expect(plain.timeBase == .sessionStart)
    #expect(plain.recordingOffset == nil)
    #expect(plain.status == .inProgress)
    #expect(plain.visits.map(\.entered) == [5])
    #expect(plain.visits.map(\.seconds) == [60])
    #expect(plain.visits.first?.kind == nil)
  }

  @Test func anUnresumedPauseRunsToTheEndAndASkipOfAnUnvisitedStepGetsAVisit() throws {
    let entries = JournalFixtures.entries([
      (0, .sessionStarted(JournalFixtures.start())),
      (10, .stepEntered(step: "q1")),
      (20, .skipped(step: "q2", reason: "no time")),
      (30, .paused),
      (90, .noted(step: "q1", role: .lead, text: "x")),
    ])
    let record = try SessionRecordBuilder.build(entries: entries, outline: nil)
    #expect(record.pauses == [.init(start: 30, end: nil, seconds: 60)])
    #expect(record.activeSeconds == 30)
    #expect(record.visits.map(\.step) == ["q1", "q2"])
    #expect(record.visits[1].skip.reason == "no time")
    #expect(record.visits[0].seconds == 20)
  }

  @Test func aJournalWithoutAStartIsRefused() {
    let entries = JournalFixtures.entries([(0, .stepEntered(step: "q1"))])
    #expect(throws: ExportError.notASessionJournal) {
      try SessionRecordBuilder.build(entries: entries, outline: nil)
    }
  }
}

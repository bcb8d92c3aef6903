import Foundation
import RapportCore
import RapportTestSupport
import Testing

@Suite("A row of rapport sessions")
struct SessionListingRowTests {
  let interview = SessionFixtures.miniInterview

  /// Attributes and consent done, 2 min on q1 with a note, then a 1 min pause.
  func running() -> SessionScript {
    var s = SessionFixtures.miniInterviewScript()
    s.wait(120)
    s.type(["a note", "/f"])
    return s
  }

  @Test("a running session: in progress with a writer, interrupted without one")
  func runningStatus() {
    let s = running()
    let alive = SessionListingRow(entries: s.entries, isWriterAlive: true, protocol: interview)
    #expect(alive.status == .inProgress)
    #expect(alive.participant == "P001")
    #expect(alive.protocolID == "mini-interview")
    #expect(alive.started == s.startWall)
    #expect(alive.duration == 120)
    #expect(alive.stepsCovered == 3)
    #expect(alive.stepsTotal == 6)
    #expect(alive.notesCount == 1)
    #expect(alive.flagsCount == 1)
    #expect(SessionListingRow(entries: s.entries, isWriterAlive: false).status == .interrupted)
  }

  @Test("a paused session stays paused whether or not a writer is attached")
  func pausedStatus() {
    var s = running()
    s.type("/pause")
    s.wait(60)
    s.type("/ns still paused")
    let summary = SessionListingRow(entries: s.entries, isWriterAlive: false, protocol: interview)
    #expect(summary.status == .paused)
    #expect(summary.duration == 120)
  }

  @Test("an ended session is complete, with its reason and pauses left out")
  func completeStatus() {
    var s = running()
    s.type("/pause")
    s.wait(60)
    s.type("/resume")
    s.wait(30)
    s.type(["/end", "y"])
    let summary = SessionListingRow(entries: s.entries, isWriterAlive: false)
    #expect(summary.status == .complete)
    #expect(summary.endReason == .endedEarly)
    #expect(summary.duration == 150)
    #expect(summary.stepsTotal == nil)
    #expect(summary.stepsCovered == 5)
  }

  @Test("an empty journal summarises to nothing known")
  func empty() {
    let summary = SessionListingRow(entries: [], isWriterAlive: false)
    #expect(summary.participant == nil)
    #expect(summary.duration == 0)
    #expect(summary.status == .interrupted)
  }
}

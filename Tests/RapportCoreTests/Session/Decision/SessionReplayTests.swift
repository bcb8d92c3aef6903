import Foundation
import RapportCore
import RapportTestSupport
import Testing

@Suite("Session replay")
struct SessionReplayTests {
  /// The mini interview up to q1: attributes, consent ticked, the recording marker passed.
  func atQ1() -> SessionScript {
    var s = SessionScript(SessionFixtures.miniInterview)
    s.type(["2", "3", "1 2", "", ""])
    return s
  }

  @Test("a whole interview: attributes, consent, recording mark, prompts, notes, end")
  func wholeInterview() {
    var s = SessionScript(SessionFixtures.miniInterview)
    s.type(["Female", "3"])
    #expect(s.state.answers == ["gender": .text("Female"), "year": .number(3)])
    #expect(s.state.phase == .inStep(0))
    s.type(["1 2", ""])
    s.wait(5)
    s.type("")
    #expect(s.state.recordingClock == 5)
    #expect(s.state.currentStepID == "q1")
    s.type(["/p 1", "talks about workload — “a lot”", ""])
    s.type(["/p 2", "/r", "/u", "/ns audio dropped for a moment", "/f sensitive", ""])
    #expect(s.state.promptsUsed == ["q1": [1], "q2": [2]])
    #expect(s.state.rephrasingsUsed == ["q2": [1]])
    #expect(s.state.roundedUp == ["q2"])
    #expect(
      s.state.notes.map { [$0.step ?? "", $0.role.rawValue, $0.text] } == [
        ["q1", "lead", "talks about workload — “a lot”"],
        ["q2", "support", "audio dropped for a moment"],
      ])
    #expect(s.state.flags.map(\.text) == ["sensitive"])
    s.type(["", "1", ""])
    #expect(
      s.pendingConfirmation?.question
        == "that was the last step: end the session? type y to confirm")
    s.type("y")
    #expect(s.state.endReason == .completed)
    #expect(s.state.isEnded)
    #expect(s.events.last == .ended(reason: .completed))
  }

  @Test("replaying the journal, through its JSON lines, gives the same state")
  func replayEqualsLive() {
    var s = atQ1()
    s.wait(30)
    s.type(["/p 1", "note with a\nnewline", "/pause"])
    s.wait(10)
    s.type(["/resume", "", "/b"])
    let lines = s.entries.map(JournalCodec.encodeLine).reduce(Data(), +)
    let read = JournalCodec.decode(lines)
    #expect(read.isClean)
    #expect(SessionEngine.replay(read.entries, protocol: SessionFixtures.miniInterview) == s.state)
  }

  @Test("the consent checklist blocks moving on and names the missing items")
  func consentBlocks() {
    var s = SessionScript(SessionFixtures.miniInterview)
    s.type(["2", "3"])
    let before = s.entries.count
    s.type("")
    #expect(
      s.feedback == [
        "cannot move on: tick the required items 1 'Online consent form received' and 2 'Verbal consent to record obtained' first (type 1 2)"
      ])
    #expect(s.entries.count == before)
    s.type(["2", "/g q2"])
    #expect(
      s.feedback == [
        "cannot move on: tick the required item 1 'Online consent form received' first (type 1)"
      ])
    #expect(s.state.currentStepID == "consent")
    s.type("/s")
    #expect(s.feedback == ["'consent' is required and cannot be skipped (/end stops the session)"])
    s.type(["1", ""])
    #expect(s.state.currentStepID == "start-recording")
  }

  @Test("typing a ticked item again unticks it")
  func untick() {
    var s = SessionScript(SessionFixtures.miniInterview)
    s.type(["2", "3", "1 2", "2"])
    #expect(s.state.ticks["consent"] == [1])
    #expect(s.events.suffix(1) == [.checked(step: "consent", item: 2, isChecked: false)])
    s.type("3")
    #expect(s.feedback == ["there is no item 3: 'consent' has 2 items"])
  }

  @Test("prompts are marked once, with their numbers checked")
  func promptMarks() {
    var s = atQ1()
    s.type("")
    s.type("/p 2")
    #expect(s.feedback == ["prompt 2 marked as asked"])
    s.type("/p 2")
    #expect(s.feedback == ["prompt 2 was already marked as asked"])
    s.type("/p 3")
    #expect(s.feedback == ["there is no prompt 3: 'q2' has 2 (/p 1–2)"])
    s.type("/p 1")
    #expect(s.state.promptsUsed["q2"] == [2, 1])
    #expect(s.events.filter { if case .promptUsed = $0 { true } else { false } }.count == 2)
    s.type(["", "/p 1"])
    #expect(s.feedback == ["'q3' has no prompts"])
  }

  @Test("paused time is excluded from the session and from the step")
  func timingsWithPause() {
    var s = atQ1()
    s.wait(60)
    s.type("/pause")
    s.wait(120)
    s.type("")
    #expect(s.feedback == ["the session is paused: type /resume to continue"])
    s.type("a note while paused")
    #expect(s.state.notes.count == 1)
    s.type("/resume")
    #expect(s.feedback == ["resumed after 2:00 paused (not counted)"])
    s.wait(30)
    #expect(s.state.timeOnStep("q1", at: s.clock) == 90)
    #expect(s.state.elapsed(at: s.clock) == 90)
    #expect(s.state.totalPaused == 120)
  }

  @Test("time on a step adds up over revisits")
  func revisits() {
    var s = atQ1()
    s.wait(100)
    s.type("")
    s.wait(50)
    s.type("/b")
    s.wait(20)
    #expect(s.state.currentStepID == "q1")
    #expect(s.state.timeOnStep("q1", at: s.clock) == 120)
    #expect(s.state.timeOnStep("q2", at: s.clock) == 50)
    #expect(s.state.visits["q1"]?.count == 2)
  }

  @Test("after a crash the session resumes on the same step with the same timers")
  func crashAndResume() {
    var s = atQ1()
    s.wait(40)
    s.type(["/p 1", "first note"])
    let before = s.state
    s.crashAndResume()
    // The recording was running, so the next line answers whether it still is (none: yes).
    #expect(s.events.suffix(2) == [.sessionResumed, .recordingChecked(stillRunning: true)])
    #expect(s.state.currentStepID == "q1")
    #expect(s.state.notes == before.notes)
    #expect(s.state.promptsUsed == before.promptsUsed)
    s.wait(20)
    #expect(s.state.timeOnStep("q1", at: s.clock) == 60)
    #expect(s.state.resumeCount == 1)
  }

  @Test("/end asks first, listing required steps still open")
  func endEarly() {
    var s = SessionScript(SessionFixtures.miniInterview)
    s.type("2")
    let before = s.entries.count
    s.type("/end")
    #expect(
      s.pendingConfirmation?.question
        == "end the session? unanswered required: year, consent, debrief — type y to confirm")
    s.type("n")
    #expect(s.entries.count == before)
    #expect(!s.state.isEnded)
    s.type(["/end", "yes"])
    #expect(s.state.endReason == .endedEarly)
    s.type("/p 1")
    #expect(s.feedback == ["the session has ended"])
  }

  @Test("an attribute answer can be changed by going back")
  func changeAttribute() {
    var s = SessionScript(SessionFixtures.miniInterview)
    s.type(["1", "3", "/b", "/b"])
    #expect(s.state.currentStepID == "gender")
    s.type("my own words")
    #expect(s.state.answers["gender"] == .text("my own words"))
    #expect(s.state.currentStepID == "year")
    #expect(s.events.contains(.attributeRecorded(item: "gender", value: .text("my own words"))))
  }
}

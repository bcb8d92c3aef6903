import Foundation
import RapportCore
import RapportTestSupport
import Testing

/// The recording's timeline through stops, restarts, pauses and outages, replayed from the
/// journal: what the transcriber's media player will show for each moment.
@Suite("Recording time")
struct RecordingTimeTests {
  let interview = SessionFixtures.miniInterview

  /// On q1 with the recording marked at 0:00 (the marker passed).
  func recording() -> SessionScript {
    let s = SessionFixtures.miniInterviewScript()
    #expect(s.state.currentStepID == "q1")
    #expect(s.state.isRecording)
    return s
  }

  func recordingTime(_ s: SessionScript, _ event: SessionEvent) -> RecordingTime? {
    let entry = s.entries.last { $0.event == event }
    return entry.flatMap { s.state.timeline.recording(at: $0.at) }
  }

  @Test("/rec stop ends the part; /rec again is part 2, timed from its own start")
  func stopAndRestart() {
    var s = recording()
    s.wait(30)
    s.type("/rec")
    #expect(s.feedback == ["the recording is already running: /rec stop when it stops"])
    s.type("/rec stop")
    #expect(s.feedback == ["recording stopped at 0:30 (recording 00:00:30)"])
    #expect(!s.state.isRecording)
    #expect(s.screen().contains("○ not recording"))
    s.type("/rec stop")
    #expect(s.feedback == ["the recording is not running: /rec marks it"])
    s.wait(10)
    s.type("/rec")
    #expect(s.feedback == ["recording part 2 marked at 0:40: its times are from here"])
    s.wait(5)
    s.type("in part two")
    #expect(s.feedback == ["note saved at 0:45 (recording part 2 00:00:05)"])
    #expect(s.state.timeline.parts.map(\.number) == [1, 2])
    let note = s.entries.last { if case .noted = $0.event { true } else { false } }
    #expect(
      note.flatMap { s.state.timeline.recording(at: $0.at) }
        == RecordingTime(part: 2, seconds: 5, isRecorded: true))
  }

  @Test("a stop-recording marker passed forward stops the recording, once")
  func stopMarker() throws {
    let text = """
      rapport: 1
      id: markers
      title: Markers
      steps:
        - id: start-recording
          marker: Start the recording now.
          action: start-recording
        - id: q1
          ask: How are you?
        - id: stop-recording
          marker: Stop the recording now.
          action: stop-recording
        - id: debrief
          checklist: Debrief
          items:
            - text: Support sheet shared
              required: false
      """
    let markers = try #require(ProtocolLoader.load(text: text, path: "m.yaml").protocol)
    var s = SessionScript(markers)
    s.type("")
    #expect(s.state.isRecording)
    s.type("")
    #expect(s.screen().contains("Moving on marks the recording as stopped."))
    s.wait(3)
    s.type("")
    #expect(!s.state.isRecording)
    #expect(s.state.currentStepID == "debrief")
    #expect(s.screen().contains("○ not recording"))
    s.type(["/b", "/b", ""])
    #expect(s.events.filter { $0 == .recordingStopped }.count == 1)
  }

  @Test("after a crash, 'still running' keeps recording time on the wall clock")
  func outageStillRunning() {
    var s = recording()
    s.wait(60)
    s.type("before the crash")
    s.crashAndResume(after: 18, answer: "y")
    #expect(s.events.suffix(2) == [.sessionResumed, .recordingChecked(stillRunning: true)])
    #expect(s.feedback.first?.hasPrefix("recording time runs on through the outage") == true)
    s.wait(2)
    s.type("after the crash")
    // Interview clock: the 18 s outage left out; recording: wall time since the mark.
    #expect(s.feedback == ["note saved at 1:02 (recording 00:01:20)"])
    let recorded = s.entries.filter { if case .noted = $0.event { true } else { false } }
      .compactMap { s.state.timeline.recording(at: $0.at)?.seconds }
    #expect(recorded == [60, 80])
  }

  @Test("after a crash, 'it stopped' ends part 1 at the last event before the outage")
  func outageStopped() {
    var s = recording()
    s.wait(60)
    s.type("before the crash")
    s.crashAndResume(after: 18, answer: "n")
    #expect(s.events.last == .recordingChecked(stillRunning: false))
    #expect(!s.state.isRecording)
    let part = s.state.timeline.parts.first
    #expect(part?.endedAt == s.startWall.addingTimeInterval(60))
    s.wait(4)
    s.type("/rec")
    s.wait(6)
    s.type("after the restart")
    #expect(s.feedback == ["note saved at 1:10 (recording part 2 00:00:06)"])
  }

  @Test("no answer to the question: the recording is assumed to have kept running")
  func outageNoAnswer() {
    var s = recording()
    s.wait(10)
    s.crashAndResume(after: 5, answer: nil)
    #expect(s.events.last == .recordingChecked(stillRunning: true))
    #expect(
      s.feedback.first?.hasPrefix("no answer: assuming the recording was still running") == true)
    #expect(RecordingCheck.decide(reply: "maybe", state: s.state) == Decision())
  }

  @Test("a reply that is neither yes nor no asks again; no question without a recording")
  func questionIsOnlyForARunningRecording() {
    var s = SessionScript(interview)
    s.type(["2", "3"])
    s.wait(30)
    s.crashAndResume(after: 30)
    #expect(!RecordingCheck.isDue(s.state))
    #expect(s.events.last == .sessionResumed)
    var r = recording()
    r.wait(1)
    let data = r.entries.map(JournalCodec.encodeLine).reduce(Data(), +)
    var state = SessionEngine.replay(JournalCodec.decode(data).entries, protocol: interview)
    let resumed = JournalEntry(
      seq: 99, writer: "lead", at: r.now.addingTimeInterval(9), clock: 1,
      event: .sessionResumed)
    state = SessionEngine.apply(resumed, to: state)
    #expect(RecordingCheck.isDue(state))
    #expect(RecordingCheck.decide(reply: "maybe", state: state) == nil)
    #expect(
      RecordingCheck.decide(reply: " YES ", state: state)?.events == [
        .recordingChecked(stillRunning: true)
      ])
  }

  @Test("a pause stops the interview clock, never the recording")
  func pauseKeepsRecording() {
    var s = recording()
    s.wait(60)
    s.type("/pause")
    s.wait(17)
    s.type("typed while paused")
    #expect(s.feedback == ["note saved at 1:00 (recording 00:01:17)"])
    s.type("/resume")
    s.wait(3)
    #expect(s.state.elapsed(at: s.liveClock) == 63)
    #expect(s.state.timeline.recording(atLive: s.liveClock)?.seconds == 80)
  }
}

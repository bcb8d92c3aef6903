import Foundation
import RapportCore
import RapportTestSupport
import Testing

@Suite("The supporter's cues on the lead's screen")
struct LeadCueScreenTests {
  func cue(_ kind: CueKind, _ text: String, at clock: Double) -> JournalEntry {
    JournalEntry(
      seq: 1, writer: "support", at: Date(timeIntervalSince1970: 0), clock: clock,
      event: .cue(from: .support, kind: kind, text: text))
  }

  func render(_ state: SessionState, role: Role = .lead) -> String {
    ScreenRenderer.render(
      state, protocol: SessionFixtures.miniInterview, clock: 1000, width: 60, color: false,
      role: role)
  }

  @Test func cuesSinceTheStepCameOnScreenStayUntilItChanges() {
    var script = SessionScript(SessionFixtures.miniInterview)
    script.type(["2", "3", "1 2", "", ""])
    script.wait(30)
    var state = script.state
    #expect(state.currentStepID == "q1")
    state = SessionEngine.apply(
      cue(.suggestPrompt, "prompt 1: Confidence with learning, and workload levels?", at: 31),
      to: state)
    state = SessionEngine.apply(cue(.timeWarning, "mind the time", at: 32), to: state)
    #expect(
      render(state).contains(
        """
        ▶ CUE from support: ask prompt 1: Confidence with learning,
            and workload levels?
        ▶ TIME from support: mind the time
        """))
    // The supporter's own view lists cues under "Latest" instead.
    #expect(!render(state, role: .support).contains("▶ CUE from support: ask"))
    script.wait(10)
    script.type("")
    let next = script.entries.suffix(2).reduce(state) { SessionEngine.apply($1, to: $0) }
    #expect(next.currentStepID == "q2")
    #expect(!render(next).contains("CUE from support"))
  }

  @Test func aSuggestedPromptClearsOnceThatPromptIsMarked() {
    var script = SessionScript(SessionFixtures.miniInterview)
    script.type(["2", "3", "1 2", "", ""])
    script.wait(30)
    var state = SessionEngine.apply(
      cue(.suggestPrompt, "prompt 1: Confidence with learning, and workload levels?", at: 31),
      to: script.state)
    state = SessionEngine.apply(cue(.message, "ask about placements", at: 32), to: state)
    #expect(render(state).contains("▶ CUE from support: ask prompt 1"))
    let marked = JournalEntry(
      seq: 99, writer: "lead", at: Date(timeIntervalSince1970: 0), clock: 33,
      event: .promptUsed(step: "q1", index: 1))
    state = SessionEngine.apply(marked, to: state)
    #expect(!render(state).contains("ask prompt 1"))
    // A cue that is not about a prompt stays.
    #expect(render(state).contains("▶ CUE from support: ask about placements"))
  }
}

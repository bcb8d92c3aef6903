import Foundation
import RapportCore
import RapportTestSupport
import Testing

/// The supporter's screen reads the same model of time as the lead's, and the end is the end.
@Suite("The supporter's clock and the end of the session")
struct SupportTimeTests {
  let interview = SessionFixtures.miniInterview

  func atQ1() -> SessionScript { SessionFixtures.miniInterviewScript() }

  func latest(_ s: SessionScript) -> [String] {
    s.entries.compactMap { LiveNews.line(for: $0, state: s.state) }
  }

  @Test("notes written before a pause keep their times in the Latest list")
  func latestDoesNotShiftAfterAPause() {
    var s = atQ1()
    s.wait(30)
    s.type("before the pause")
    s.wait(10)
    s.type("/pause")
    s.wait(17)
    s.type("/resume")
    s.wait(5)
    s.type("after the pause")
    #expect(
      latest(s) == [
        "[0:30] lead note on q1: before the pause", "[0:45] lead note on q1: after the pause",
      ])
  }

  @Test("two terminals replaying one journal show the same clock at the same moment")
  func supporterClockEqualsTheLeads() {
    var s = atQ1()
    s.wait(40)
    s.type("a note")
    s.crashAndResume(after: 18, answer: "y")
    s.wait(7)
    // The supporter stayed attached: folded the same entries one by one, live.
    let support = s.entries.reduce(SessionState(protocol: interview)) {
      SessionEngine.apply($1, to: $0)
    }
    let lead = SessionEngine.replay(s.entries, protocol: interview)
    let leadScreen = ScreenRenderer.render(
      lead, protocol: interview, clock: lead.clock(at: s.now), width: 80, color: false)
    let supportScreen = SupportScreen.render(
      support, entries: s.entries, protocol: interview, clock: support.clock(at: s.now),
      width: 80, color: false, role: .support)
    let status = leadScreen.split(separator: "\n")[0]
    #expect(status.contains("0:47 / 20:00"))
    #expect(supportScreen.hasPrefix(status))
  }

  @Test("once the session has ended the supporter's notes are refused and the view says so")
  func noNotesAfterTheEnd() {
    var s = atQ1()
    s.type(["/end", "y"])
    #expect(s.state.isEnded)
    let decision = SupportDecider.decide(
      .note("one more thing"), state: s.state, protocol: interview, clock: s.liveClock)
    #expect(decision.events.isEmpty)
    #expect(decision.feedback == ["the session has ended: no more notes are taken"])
    let view = SupportScreen.render(
      s.state, entries: s.entries, protocol: interview, clock: s.liveClock, width: 80,
      color: false, role: .support)
    #expect(view.contains("ENDED — the session is over; no more notes are taken (/q leaves)."))
    #expect(!view.contains("your lines are notes"))
  }
}

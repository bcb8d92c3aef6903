import Foundation
import RapportCore
import RapportTestSupport
import Testing

/// Linear replay and constant work per event and per screen, shown by counting the work
/// (`WorkCount`: entries folded, notes, flags, skips and cues read or copied), never by
/// timing it. Only debug builds count, so the suite is off in a release build.
@Suite(
  "Work per event and per screen does not grow with the session", .enabled(if: WorkCount.isCounting)
)
struct ConstantWorkTests {
  let interviewProtocol = SessionFixtures.miniInterview

  /// A session on `q1`, then `count` more entries: mostly notes of both interviewers, with
  /// flags, cues, pauses, skips and revisits of `q1` and `q2` among them, one second apart.
  func journal(_ count: Int) -> [JournalEntry] {
    var script = SessionScript(interviewProtocol)
    script.type(["2", "3", "1 2", "", ""])
    var entries = script.entries
    var step = "q1"
    for index in 0..<count {
      let event: SessionEvent
      switch index % 100 {
      case 0: step = "q1"; event = .stepEntered(step: step)
      case 50: step = "q2"; event = .stepEntered(step: step)
      case 11, 61: event = .paused
      case 12, 62: event = .resumed
      case 30: event = .skipped(step: "q3", reason: "no time")
      case let i where i % 10 == 3: event = .flagged(step: step, text: "flag \(index)")
      case let i where i % 25 == 7:
        event = .cue(from: .support, kind: .message, text: "cue \(index)")
      default:
        event = .noted(step: step, role: index % 2 == 0 ? .lead : .support, text: "note \(index)")
      }
      let at = script.startWall.addingTimeInterval(Double(100 + index))
      entries.append(
        JournalEntry(
          seq: entries.count + 1, writer: "lead", at: at, clock: Double(100 + index), event: event))
    }
    return entries
  }

  @Test func replayDoesTenTimesTheWorkForTenTimesTheEvents() {
    let small = journal(1_000)
    let large = journal(10_000)
    let smallWork = WorkCount.measure {
      _ = SessionEngine.replay(small, protocol: interviewProtocol)
    }
    let largeWork = WorkCount.measure {
      _ = SessionEngine.replay(large, protocol: interviewProtocol)
    }
    #expect(smallWork.folded == small.count)
    #expect(largeWork.folded == large.count)
    #expect(largeWork.copied == 0)
    #expect(largeWork.total <= smallWork.total * 11)
    #expect(largeWork.total >= smallWork.total * 9)
  }

  /// The same counts catch a fold that copies the state per event, as `apply` does when
  /// the caller keeps the old state: the counter is not blind to quadratic work.
  @Test func aFoldThatCopiesPerEventIsSeenAsQuadratic() {
    func copyingReplay(_ entries: [JournalEntry]) -> WorkCount.Tally {
      WorkCount.measure {
        var state = SessionState(protocol: interviewProtocol)
        for entry in entries { state = SessionEngine.apply(entry, to: state) }
      }
    }
    let small = copyingReplay(journal(500))
    let large = copyingReplay(journal(5_000))
    #expect(large.copied > small.copied * 50)
  }

  /// Everything done for one typed note and the screens drawn after it.
  func workOfOneMoreNote(after count: Int) -> WorkCount.Tally {
    let entries = journal(count)
    var state = SessionEngine.replay(entries, protocol: interviewProtocol)
    let last = entries[entries.count - 1]
    let clock = state.lastClock + 1
    return WorkCount.measure {
      let command = CommandParser.parse("one more note", state: state, protocol: interviewProtocol)
      let decision = SessionEngine.decide(
        command, state: state, protocol: interviewProtocol, clock: clock)
      for event in decision.events {
        let entry = JournalEntry(
          seq: last.seq + 1, writer: "lead", at: last.at.addingTimeInterval(1), clock: clock,
          event: event)
        SessionEngine.fold(entry, into: &state)
      }
      for (role, height) in [(Role.lead, nil), (.lead, 24), (.support, 24)] as [(Role, Int?)] {
        _ = ScreenRenderer.render(
          state, protocol: interviewProtocol, clock: clock, width: 80, color: true, role: role,
          height: height)
      }
      _ = ScreenRenderer.status(
        state, protocol: interviewProtocol, clock: clock, width: 80, color: false)
      _ = ScreenRenderer.timeLines(state, interviewProtocol, clock: clock)
      _ = SupportScreen.render(
        state, entries: Array(entries.suffix(24)), protocol: interviewProtocol, clock: clock,
        width: 80, color: false, role: .support, height: 40)
    }
  }

  @Test func aNoteAndItsScreensCostTheSameAfterTenThousandEventsAsAfterOneThousand() {
    let small = workOfOneMoreNote(after: 1_000)
    let large = workOfOneMoreNote(after: 10_000)
    #expect(small.folded == 1)
    #expect(large == small)
  }
}

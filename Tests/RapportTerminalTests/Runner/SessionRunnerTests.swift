import Foundation
import RapportCore
import RapportTerminal
import RapportTestSupport
import Testing

/// A reader that records how much of the journal was on "disk" each time it was asked
/// for a line, to prove events are written before the next prompt.
final class WatchingReader: LineReader {
  var inputs: [LineInput]
  let journal: InMemoryJournal
  var journalSizeAtPrompt: [Int] = []

  init(_ inputs: [LineInput], journal: InMemoryJournal) {
    self.inputs = inputs
    self.journal = journal
  }

  func readLine(prompt: String) -> LineInput {
    journalSizeAtPrompt.append(journal.entries.count)
    return inputs.isEmpty ? .endOfInput : inputs.removeFirst()
  }
}

@Suite("Session runner")
struct SessionRunnerTests {
  let interview = SessionFixtures.miniInterview

  /// A runner on a new session of the mini interview, journaling into memory.
  func makeRunner(
    _ inputs: [LineInput], terminal: Bool = false, clock: ManualClock = ManualClock()
  ) throws -> (SessionRunner, InMemoryJournal, WatchingReader, [String]) {
    let journal = InMemoryJournal()
    let writer = JournalWriter(file: journal, writer: "lead", clock: clock)
    let start = SessionFixtures.start(of: interview, path: "mini.yaml")
    var state = SessionState(protocol: interview)
    for event in SessionEngine.start(start, protocol: interview) {
      state = SessionEngine.apply(try writer.record(event), to: state)
    }
    let reader = WatchingReader(inputs, journal: journal)
    let info = TerminalInfo(
      inputIsTerminal: terminal, outputIsTerminal: false, width: 80, color: false)
    let runner = SessionRunner(
      protocol: interview, state: state, journal: writer, reader: reader, terminal: info,
      output: { _ in })
    return (runner, journal, reader, [])
  }

  @Test func everyNoteIsOnDiskBeforeTheNextPrompt() throws {
    let (runner, journal, reader, _) = try makeRunner([
      .line("2"), .line("3"), .line("1 2"), .line(""), .line(""),
      .line("Talks about a long commute."), .line("/p 1"),
    ])
    _ = runner.run()
    // Prompt k sees every event caused by lines 1..k-1: the count never lags behind.
    let notesAt = zip(reader.journalSizeAtPrompt, reader.journalSizeAtPrompt.dropFirst())
    #expect(notesAt.allSatisfy { $0.0 < $0.1 })
    let noteIndex = journal.entries.firstIndex { entry in
      if case .noted(let step, .lead, "Talks about a long commute.") = entry.event {
        return step == "q1"
      }
      return false
    }
    let note = try #require(noteIndex)
    #expect(reader.journalSizeAtPrompt[6] == note + 1)
    #expect(journal.entries.contains { $0.event == .promptUsed(step: "q1", index: 1) })
  }

  @Test func theEndOfPipedInputPausesTheSessionForResume() throws {
    let (runner, journal, _, _) = try makeRunner([.line("2")])
    #expect(runner.run() == .stopped)
    #expect(journal.entries.last?.event == .paused)
    #expect(runner.state.isPaused)
  }

  @Test func aClosedTerminalStopsWithoutWritingAnything() throws {
    let (runner, journal, _, _) = try makeRunner([.line("2"), .terminated(signal: SIGHUP)])
    let outcome = runner.run()
    #expect(outcome == .terminated(signal: SIGHUP))
    // The answer was written; nothing is invented on the way out (no pause, no end), so
    // the session reads as interrupted and resumes where it was.
    #expect(journal.entries.last?.event == .stepEntered(step: "year"))
    #expect(runner.state.answers["gender"] == .text("Female"))
  }

  @Test func endingNeedsAYesAndADeclinedEndCarriesOn() throws {
    let (runner, _, _, _) = try makeRunner([
      .line("/end"), .line("n"), .line("/note a note after declining"), .line("/end"),
      .line("y"),
    ])
    let outcome = runner.run()
    guard case .ended = outcome else {
      Issue.record("expected the session to end, got \(outcome)")
      return
    }
    #expect(runner.state.notes.map(\.text) == ["a note after declining"])
  }

  @Test func ctrlDOnATerminalAsksAndPausePauses() throws {
    let (runner, journal, _, _) = try makeRunner([.endOfInput, .line("p")], terminal: true)
    #expect(runner.run() == .stopped)
    #expect(journal.entries.last?.event == .paused)
  }

  @Test func ctrlDThenAnythingElseCarriesOn() throws {
    let (runner, journal, _, _) = try makeRunner(
      [.endOfInput, .line("c"), .line("2")], terminal: true)
    _ = runner.run()
    #expect(
      journal.entries.contains {
        $0.event == .attributeRecorded(item: "gender", value: .text("Female"))
      })
  }

  @Test func timingsComeFromTheMonotonicClock() throws {
    let clock = ManualClock()
    let journal = InMemoryJournal()
    let writer = JournalWriter(file: journal, writer: "lead", clock: clock, clockBase: 600)
    clock.advance(by: 42)
    let entry = try writer.record(.flagged(step: nil, text: nil))
    // A resumed session continues its own clock; the wall clock only stamps `at`.
    #expect(entry.clock == 642)
    #expect(entry.seq == 1)
    #expect(try writer.record(.paused).seq == 2)
  }
}

@Suite("Session runner, leaving")
struct SessionRunnerLeavingTests {
  @Test func ctrlDTwiceLeavesPausedInsteadOfLooping() throws {
    let (runner, journal, _, _) = try SessionRunnerTests().makeRunner(
      [.endOfInput, .endOfInput], terminal: true)
    #expect(runner.run() == .stopped)
    #expect(journal.entries.last?.event == .paused)
  }
}

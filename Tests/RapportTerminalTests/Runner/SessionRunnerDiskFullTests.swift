import Foundation
import RapportCore
import RapportTerminal
import RapportTestSupport
import Testing

@Suite("Session runner on a disk that fills up")
struct SessionRunnerDiskFullTests {
  let interview = SessionFixtures.miniInterview
  let full = StorageError.cannotWrite(path: "journal.jsonl", reason: "the disk is full")
  func nothing() {}

  func makeRunner(
    _ steps: [(before: () throws -> Void, input: LineInput)], journal: FailingJournal
  ) throws -> (SessionRunner, () -> [String]) {
    let writer = JournalWriter(file: journal, writer: "lead", clock: ManualClock())
    var state = SessionState(protocol: interview)
    writer.commitKeeping(
      SessionEngine.start(SessionFixtures.start, protocol: interview), to: &state)
    final class Shown { var lines: [String] = [] }
    let shown = Shown()
    let runner = SessionRunner(
      protocol: interview, state: state, journal: writer, reader: InterleavingReader(steps),
      terminal: TerminalInfo(
        inputIsTerminal: false, outputIsTerminal: false, width: 200, color: false),
      rescueRoots: [], output: { shown.lines.append($0) })
    return (runner, { shown.lines })
  }

  func notes(_ entries: [JournalEntry]) -> [String] {
    entries.compactMap { if case .noted(_, _, let text) = $0.event { text } else { nil } }
  }

  @Test func notesTypedWhileTheDiskIsFullLandOnceInOrderWhenItFreesUp() throws {
    let journal = FailingJournal()
    let (runner, shown) = try makeRunner(
      [
        (nothing, .line("2")), (nothing, .line("3")), (nothing, .line("1 2")),
        (nothing, .line("")), (nothing, .line("")), (nothing, .line("before")),
        ({ journal.failing = full }, .line("while full 1")), (nothing, .line("while full 2")),
        (nothing, .line("/p 1")), ({ journal.failing = nil }, .line("after")),
      ], journal: journal)
    #expect(runner.run() == .stopped)
    let said = shown()
    #expect(
      said.contains(
        "not saved: the disk is full; kept in memory (1 unsaved), will retry with the next "
          + "entry — type /saveto PATH to write the session elsewhere"))
    #expect(said.contains { $0.contains("UNSAVED 3") })
    #expect(said.contains("saved now: the 3 entries kept in memory are on disk."))
    // "note saved" would be untrue while the disk is full.
    #expect(said.filter { $0.hasPrefix("note saved") }.count == 2)
    #expect(notes(journal.entries) == ["before", "while full 1", "while full 2", "after"])
    #expect(journal.entries.map(\.seq) == Array(1...journal.entries.count))
    #expect(journal.entries.contains { $0.event == .promptUsed(step: "q1", index: 1) })
    // The state went on while the disk was full: the prompt is marked, the notes are shown.
    #expect(runner.state.notes.map(\.text) == ["before", "while full 1", "while full 2", "after"])
  }

  @Test func theScreenGoesOnWhileNothingCanBeSaved() throws {
    let journal = FailingJournal()
    journal.failing = full
    let (runner, shown) = try makeRunner(
      [(nothing, .line("2")), (nothing, .line("3")), (nothing, .line("1 2"))], journal: journal)
    #expect(runner.run() == .stopped)
    #expect(runner.state.answers["gender"] == .text("Female"))
    // The start, the answers and the pause: all kept, none lost, none written.
    #expect(runner.unsaved > 5)
    #expect(journal.lines.isEmpty)
    #expect(shown().last?.hasPrefix("NOT SAVED") == false)
  }
}

import Foundation
import RapportCore
import RapportTerminal
import RapportTestSupport
import Testing

/// A reader that lets "the other terminal" append to the journal before giving each line.
final class InterleavingReader: LineReader {
  var steps: [(before: () throws -> Void, input: LineInput)]

  init(_ steps: [(before: () throws -> Void, input: LineInput)]) {
    self.steps = steps
  }

  func readLine(prompt: String) -> LineInput {
    guard !steps.isEmpty else { return .endOfInput }
    let step = steps.removeFirst()
    try? step.before()
    return step.input
  }
}

@Suite("Session runner following the other terminal")
struct SessionRunnerFollowTests {
  let interview = SessionFixtures.miniInterview

  @Test func theSupportersLinesJoinTheLeadsStateOnceAndAreShown() throws {
    let temp = TemporaryFolder()
    let path = temp.path + "/journal.jsonl"
    let clock = ManualClock()
    let lead = JournalWriter(file: try JournalFile(path: path), writer: "lead", clock: clock)
    let start = SessionFixtures.start(of: interview, path: "mini.yaml")
    var state = SessionState(protocol: interview)
    for event in SessionEngine.start(start, protocol: interview) {
      state = SessionEngine.apply(try lead.record(event), to: state)
    }
    let follower = try JournalFollower(path: path, from: 0)
    let support = JournalWriter(
      file: try JournalFile(path: path), writer: "support", clock: clock)
    func nothing() {}
    let reader = InterleavingReader([
      (nothing, .line("2")),
      (
        { try support.record(.cue(from: .support, kind: .message, text: "ask about commute")) },
        .line("/f")
      ),
      ({ try support.record(.noted(step: "year", role: .support, text: "audio lag")) }, .line("3")),
    ])
    var shown: [String] = []
    let runner = SessionRunner(
      protocol: interview, state: state, journal: lead, reader: reader,
      terminal: TerminalInfo(
        inputIsTerminal: false, outputIsTerminal: false, width: 80, color: false),
      follower: follower, output: { shown.append($0) })
    _ = runner.run()

    #expect(shown.contains("▶ CUE from support [0:00]: ask about commute"))
    #expect(shown.contains("[0:00] support note on year: audio lag"))
    #expect(runner.state.notes.map(\.text) == ["audio lag"])
    #expect(runner.state.cues.map(\.text) == ["ask about commute"])
    // The lead's own flag came back through the follower too, and was not counted twice.
    #expect(runner.state.flags.count == 1)
    let read = JournalCodec.decode(try Data(contentsOf: URL(fileURLWithPath: path)))
    #expect(SessionEngine.replay(read.entries, protocol: interview) == runner.state)
  }
}

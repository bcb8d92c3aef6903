import Foundation
import RapportCore
import RapportTerminal
import RapportTestSupport
import Testing

/// `JoinRunner` wires the supporter's reducer: the `/takeover` question's prompt, the lock
/// taken only on yes, and the view going on otherwise.
@Suite("The supporter's terminal taking over")
struct JoinRunnerTakeoverTests {
  let interview = SessionFixtures.miniInterview

  /// Types `lines` into a view of a started session whose lead's terminal is gone; returns
  /// how it stopped, the prompts it read at, what it printed and how often it took the lock.
  func run(_ lines: [LineInput], lockIsFree: Bool = true) throws -> (
    outcome: JoinRunner.Outcome, prompts: [String], shown: [String], lockTries: Int
  ) {
    let journal = try LeadStartedJournal()
    let reader = PromptRecordingReader(lines)
    var shown: [String] = []
    var lockTries = 0
    let view = JoinRunner(
      protocol: interview, state: journal.state, recent: [],
      writer: JournalWriter(
        file: try JournalFile(path: journal.path), writer: "support", clock: journal.clock),
      follower: try journal.follower(),
      reader: reader,
      terminal: TerminalInfo(
        inputIsTerminal: false, outputIsTerminal: false, width: 200, color: false),
      rescueRoots: [], leadIsDriving: { false },
      takeLock: {
        lockTries += 1
        return lockIsFree
      }, output: { shown.append($0) })
    return (view.run(), reader.prompts, shown, lockTries)
  }

  @Test func yesTakesTheLockAndEndsTheView() throws {
    let result = try run([.line("/takeover"), .line("y")])
    #expect(result.outcome == .takeOver)
    #expect(result.prompts == ["support› ", "confirm (y/n)› "])
    #expect(result.lockTries == 1)
    // The question is the last line of the view drawn before the reply was read.
    #expect(
      result.shown.last?.hasSuffix(
        "Take over driving this session from the lead? Type y to confirm.\n") == true)
  }

  @Test func noOrCtrlDKeepsTheViewWithoutTryingTheLock() throws {
    for reply in [LineInput.line("n"), .line("maybe"), .endOfInput] {
      let result = try run([.line("/takeover"), reply, .line("/q")])
      #expect(result.outcome == .left)
      #expect(result.prompts == ["support› ", "confirm (y/n)› ", "support› "])
      #expect(result.lockTries == 0)
      #expect(result.shown.contains("not taken over; you are still supporting."))
    }
  }

  @Test func aLockTakenMeanwhileIsSaidAndTheViewGoesOn() throws {
    let result = try run([.line("/takeover"), .line("y")], lockIsFree: false)
    #expect(result.outcome == .left)
    #expect(result.lockTries == 1)
    #expect(
      result.shown.contains(
        "another terminal started driving this session meanwhile; you are still supporting."))
  }
}

/// Gives `lines` in order (then the end of input) and keeps each prompt it was asked at.
private final class PromptRecordingReader: LineReader {
  private var lines: [LineInput]
  private(set) var prompts: [String] = []

  init(_ lines: [LineInput]) { self.lines = lines }

  func readLine(prompt: String) -> LineInput {
    prompts.append(prompt)
    return lines.isEmpty ? .endOfInput : lines.removeFirst()
  }
}

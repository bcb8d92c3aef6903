import Foundation
import RapportCore

/// Drives the session engine as the runner does (parse, decide, journal, apply) with a
/// fake clock, so tests can type a session line by line and inspect state and journal.
public struct SessionScript {
  public let interviewProtocol: InterviewProtocol
  public let startWall: Date
  public private(set) var entries: [JournalEntry] = []
  public private(set) var state: SessionState
  /// Wall seconds since `startWall`; advance with `wait`. Entries are stamped with it.
  public private(set) var clock: Double = 0
  /// The last decision's feedback lines.
  public private(set) var feedback: [String] = []
  /// A question waiting for y/n; the next typed line answers it.
  public var pendingConfirmation: Confirmation? {
    guard case .confirm(let confirmation)? = state.question else { return nil }
    return confirmation
  }
  /// Whether the last line left the session (paused after Ctrl-D, or at the end of input).
  public private(set) var left = false

  public init(
    _ interviewProtocol: InterviewProtocol, participant: String = "P001",
    startWall: Date = Date(timeIntervalSince1970: 1_664_805_909)
  ) {
    self.interviewProtocol = interviewProtocol
    self.startWall = startWall
    state = SessionState(protocol: interviewProtocol)
    let start = SessionFixtures.start(of: interviewProtocol, participant: participant)
    append(SessionEngine.start(start, protocol: interviewProtocol))
  }

  /// Types one line and presses Enter.
  public mutating func type(_ line: String) {
    run(CommandParser.parse(line, state: state, protocol: interviewProtocol))
  }

  /// Presses Ctrl-D on an empty line (`terminal`), or ends piped input.
  public mutating func endInput(terminal: Bool = true) {
    run(.endOfInput(interactive: terminal))
  }

  /// The runner's loop, without the terminal: decide, commit, take the question.
  private mutating func run(_ command: SessionCommand) {
    let decision = SessionEngine.decide(
      command, state: state, protocol: interviewProtocol, clock: liveClock)
    append(decision.events)
    state.question = decision.question
    feedback = decision.feedback
    left = decision.leaves
  }

  /// Types several lines in order.
  public mutating func type(_ lines: [String]) {
    for line in lines { type(line) }
  }

  public mutating func wait(_ seconds: Double) { clock += seconds }

  /// The re-attach after a crash `outage` seconds long (wall time): state replayed from
  /// the journal's lines, then `session-resumed`. The outage is left out of the interview
  /// clock; `answer` replies to "Was the recording still running?" when it is asked (nil:
  /// no answer, as at the end of piped input).
  public mutating func crashAndResume(after outage: Double = 0, answer: String? = nil) {
    clock += outage
    let data = entries.map(JournalCodec.encodeLine).reduce(Data(), +)
    let read = JournalCodec.decode(data)
    state = SessionEngine.replay(read.entries, protocol: interviewProtocol)
    entries = read.entries
    append(SessionEngine.resume(state))
    if RecordingCheck.isDue(state),
      let decision = RecordingCheck.decide(reply: answer, state: state)
    {
      append(decision.events)
      feedback = decision.feedback
    }
  }

  /// Events of the journal so far, without the entry wrapping.
  public var events: [SessionEvent] { entries.map(\.event) }

  /// The screen as the interviewer sees it now.
  public func screen(width: Int = 80) -> String {
    ScreenRenderer.render(
      state, protocol: interviewProtocol, clock: liveClock, width: width, color: false)
  }

  /// The timeline now, as a live terminal computes it from the journal and the wall time.
  public var liveClock: Double { state.clock(at: now) }

  /// Wall time now.
  public var now: Date { startWall.addingTimeInterval(clock) }

  private mutating func append(_ events: [SessionEvent]) {
    for event in events {
      let entry = JournalEntry(
        seq: entries.count + 1, writer: "lead", at: startWall.addingTimeInterval(clock),
        clock: clock, event: event)
      entries.append(entry)
      SessionEngine.fold(entry, into: &state)
    }
  }
}

import Foundation
import RapportCore

/// Drives the supporter's reducer as `JoinRunner` does (parse, decide, journal, take the
/// question, carry out the effect) with a fake clock and a fake driver lock, so tests can
/// type a `rapport join` view line by line and read its screen.
public struct SupportScript {
  public let interviewProtocol: InterviewProtocol
  /// Who types: the supporter, or the lead following after a takeover.
  public let role: Role
  public let startWall: Date
  /// The journal so far: the lead's entries and this terminal's own.
  public private(set) var entries: [JournalEntry] = []
  public private(set) var state: SupportState
  /// Wall seconds since `startWall`; advance with `wait`.
  public private(set) var clock: Double = 0
  /// The last decision's lines, and the runner's own about its effect.
  public private(set) var feedback: [String] = []
  /// Whether the view stopped: the supporter left, or took the driver lock.
  public private(set) var left = false
  public private(set) var tookOver = false
  /// Whether the driver lock is free when the view tries to take it.
  public var lockIsFree = true

  /// A session the lead started (`lead` entries), seen by a view with the lead driving.
  public init(
    _ interviewProtocol: InterviewProtocol, role: Role = .support,
    startWall: Date = Date(timeIntervalSince1970: 1_664_805_909)
  ) {
    self.interviewProtocol = interviewProtocol
    self.role = role
    self.startWall = startWall
    state = SupportState(session: SessionState(protocol: interviewProtocol))
    leadWrites(
      SessionEngine.start(SessionFixtures.start(of: interviewProtocol), protocol: interviewProtocol)
    )
  }

  /// Types one line and presses Enter.
  public mutating func type(_ line: String) {
    run(SupportCommandParser.parse(line, state: state))
  }

  /// Presses Ctrl-D on an empty line, or ends piped input.
  public mutating func endInput() { run(.endOfInput) }

  /// The lead's terminal goes (`false`: crashed, closed) or comes back: what the view sees
  /// of the driver lock when it next looks.
  public mutating func driver(present: Bool) {
    state.driverPresent = present
    lockIsFree = !present
  }

  /// The lead's terminal appends `events`; the view folds them as they arrive.
  public mutating func leadWrites(_ events: [SessionEvent]) {
    for event in events { state.fold(entry(event, writer: "lead")) }
  }

  public mutating func wait(_ seconds: Double) { clock += seconds }

  /// The view as the supporter sees it now, unfitted.
  public func screen(width: Int = 60) -> String {
    SupportScreen.render(
      state, protocol: interviewProtocol, clock: state.session.clock(at: now), width: width,
      color: false, role: role)
  }

  /// Wall time now.
  public var now: Date { startWall.addingTimeInterval(clock) }

  /// The runner's loop, without the terminal: decide, journal, take the question, effect.
  private mutating func run(_ command: SupportCommand) {
    let decision = SupportDecider.decide(
      command, state: state, protocol: interviewProtocol,
      clock: state.session.clock(at: now), role: role)
    for event in decision.events {
      let own = entry(event, writer: role.rawValue)
      SessionEngine.fold(own, into: &state.session)
      state.remember(own)
    }
    state.question = decision.question
    feedback = decision.feedback
    switch decision.effect {
    case .leave?: left = true
    case .takeDriverLock?:
      if lockIsFree { tookOver = true } else { feedback.append(SupportDecider.lockTakenMeanwhile) }
    case .redraw?, nil: break
    }
  }

  private mutating func entry(_ event: SessionEvent, writer: String) -> JournalEntry {
    let seq = entries.filter { $0.writer == writer }.count + 1
    let entry = JournalEntry(seq: seq, writer: writer, at: now, clock: clock, event: event)
    entries.append(entry)
    return entry
  }
}

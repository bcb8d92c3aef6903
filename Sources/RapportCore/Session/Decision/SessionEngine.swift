import Foundation

/// The session's decision logic: a command and a state give events; events give states.
///
/// Pure: no I/O, no clock reads. The runner appends each decision's events to the journal
/// (fsync'd), applies them with `apply`, and renders the new state.
public enum SessionEngine {
  /// The events that open a session: the start record and the first shown step.
  public static func start(
    _ start: SessionStart, protocol interviewProtocol: InterviewProtocol
  ) -> [SessionEvent] {
    // Normally the first shown step; if every step waits on answers, the first one anyway,
    // so a session never starts nowhere.
    let navigator = SessionNavigator(interviewProtocol)
    let first = navigator.first(answers: [:]) ?? navigator.positions.first
    return [.sessionStarted(start)] + (first.map { [.stepEntered(step: $0.id)] } ?? [])
  }

  /// The event a process appends when it re-attaches to a session it did not start.
  ///
  /// The time since the journal's last entry is an outage: left out of the interview clock;
  /// whether the recording ran through it is asked next (`RecordingCheck`).
  public static func resume(_ state: SessionState) -> [SessionEvent] {
    state.isEnded ? [] : [.sessionResumed]
  }

  /// What a command does to the session at `clock` (session-clock seconds).
  public static func decide(
    _ command: SessionCommand, state: SessionState, protocol interviewProtocol: InterviewProtocol,
    clock: Double
  ) -> Decision {
    let d = Decider(state: state, interviewProtocol: interviewProtocol, clock: clock)
    switch command {
    case .reply, .endOfInput:
      return reply(command, state: state, protocol: interviewProtocol, clock: clock)
    case .time:
      return Decision(feedback: ScreenRenderer.timeLines(state, interviewProtocol, clock: clock))
    case .help: return Decision(feedback: ScreenRenderer.helpLines())
    case .invalid(let message): return .refuse(message)
    default: break
    }
    switch state.phase {
    case .notStarted: return .refuse("the session has not started")
    case .ended: return .refuse("the session has ended")
    default: break
    }
    if state.isPaused {
      switch command {
      case .note, .flag, .rec, .recStop, .resume, .end: break
      default: return .refuse("the session is paused: type /resume to continue")
      }
    }
    guard let current = d.current else { return .refuse("the session is not on a step") }
    switch command {
    case .next: return d.next(from: current)
    case .back: return d.back(from: current)
    case .goto(let id): return d.goto(id, from: current)
    case .skip(let reason): return d.skip(current, reason: reason)
    case .end: return d.end(from: current)
    case .answer(let raw): return d.answer(raw, at: current)
    case .clearAnswer: return d.clear(current)
    case .tick(let numbers): return d.tick(numbers, at: current)
    case .prompt(let number): return d.prompt(number, at: current)
    case .rephrase: return d.rephrase(at: current)
    case .roundUp: return d.roundUp(at: current)
    case .note(let role, let text):
      let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
      guard !trimmed.isEmpty else { return .refuse("an empty note is not saved") }
      return Decision(
        events: [.noted(step: current.id, role: role, text: trimmed)],
        feedback: ["note saved at \(d.now)"])
    case .flag(let text):
      let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines)
      let flagText = trimmed?.isEmpty == false ? trimmed : nil
      return Decision(
        events: [.flagged(step: current.id, text: flagText)], feedback: ["flagged at \(d.now)"])
    case .rec:
      if state.isRecording {
        return .refuse("the recording is already running: /rec stop when it stops")
      }
      let part = state.timeline.parts.count + 1
      return Decision(
        events: [.recordingStarted],
        feedback: [
          part == 1
            ? "recording marked at \(d.now): exports are timed from here"
            : "recording part \(part) marked at \(d.now): its times are from here"
        ])
    case .recStop:
      guard state.isRecording else { return .refuse("the recording is not running: /rec marks it") }
      return Decision(events: [.recordingStopped], feedback: ["recording stopped at \(d.now)"])
    case .pause:
      if state.isPaused { return .refuse("already paused: type /resume to continue") }
      return Decision(events: [.paused], feedback: ["paused at \(d.now): type /resume to continue"])
    case .resume:
      guard let since = state.pausedSince else { return .refuse("the session is not paused") }
      return Decision(
        events: [.resumed],
        feedback: ["resumed after \(ClockFormat.minutes(clock - since)) paused (not counted)"])
    case .time, .help, .invalid, .saveTo, .reply, .endOfInput: return Decision()
    }
  }
}

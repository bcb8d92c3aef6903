import Foundation

/// What the supporter's notes, flags and cues do to a session: events to journal, or why not.
///
/// Pure, like `SessionEngine`: the join runner journals the events through its own writer
/// (`writer: "support"`, its own sequence numbers) and folds them like any other entry.
public enum SupportDecider {
  /// The decision for one supporter command at `clock` (session-clock seconds).
  ///
  /// The modes (takeover, refresh, leave, a reply, Ctrl-D) are decided over the terminal's
  /// whole `SupportState`; here they give an empty decision.
  /// `role` is who types: the supporter, or a lead following after a `/takeover`.
  public static func decide(
    _ command: SupportCommand, state: SessionState, protocol interviewProtocol: InterviewProtocol,
    clock: Double, role: Role = .support
  ) -> Decision {
    let now = state.momentText(at: clock)
    guard state.start != nil else { return .refuse("the session has not started") }
    if state.isEnded, case .note = command { return .refuse(endedMessage) }
    let step = state.currentStepID
    switch command {
    case .note(let text):
      let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
      guard !trimmed.isEmpty else { return .refuse("an empty note is not saved") }
      return Decision(
        events: [.noted(step: step, role: role, text: trimmed)],
        feedback: ["note saved at \(now)"])
    case .flag(let text):
      guard !state.isEnded else { return .refuse("the session has ended") }
      let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines)
      return Decision(
        events: [.flagged(step: step, text: trimmed?.isEmpty == false ? trimmed : nil)],
        feedback: ["flagged at \(now)"])
    case .suggest(let number):
      guard !state.isEnded else { return .refuse("the session has ended") }
      return suggest(number, state: state, interviewProtocol, role: role)
    case .cue(let text):
      guard !state.isEnded else { return .refuse("the session has ended") }
      return Decision(
        events: [.cue(from: role, kind: .message, text: text)], feedback: ["cue sent"])
    case .timeWarning(let text):
      guard !state.isEnded else { return .refuse("the session has ended") }
      let schedule = SessionSchedule(state, interviewProtocol, clock: clock)
      let said = text ?? schedule.behindMessage ?? "mind the time"
      return Decision(
        events: [.cue(from: role, kind: .timeWarning, text: said)],
        feedback: ["time warning sent"])
    case .time:
      return Decision(feedback: ScreenRenderer.timeLines(state, interviewProtocol, clock: clock))
    case .help:
      return Decision(feedback: helpLines)
    case .driving(let message), .invalid(let message):
      return .refuse(message)
    case .takeover, .refresh, .leave, .reply, .endOfInput:
      return Decision()
    }
  }

  /// Why nothing more is taken once the session is over.
  public static let endedMessage = "the session has ended: no more notes are taken"

  private static func suggest(
    _ number: Int, state: SessionState, _ interviewProtocol: InterviewProtocol, role: Role
  ) -> Decision {
    let navigator = SessionNavigator(interviewProtocol)
    guard case .step(_, let flat)? = navigator.position(of: state.phase),
      case .question(let question) = flat.step.kind, !question.prompts.isEmpty
    else { return .refuse("this step has no prompts to suggest") }
    guard question.prompts.indices.contains(number - 1) else {
      return .refuse(
        "there is no prompt \(number): '\(flat.step.id.value)' has \(question.prompts.count)")
    }
    let text = "prompt \(number): \(question.prompts[number - 1].value)"
    return Decision(
      events: [.cue(from: role, kind: .suggestPrompt, text: text)],
      feedback: ["suggested prompt \(number)"])
  }

  /// The supporter's commands, for `/h`.
  public static var helpLines: [String] { Command.helpLines(for: .support) }
}

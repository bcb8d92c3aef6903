import Foundation

/// A question the terminal waits on: the next line is its reply, not a command.
///
/// Held in `SessionState.question`, the one part of the state not folded from the journal
/// (a process that re-attaches starts with none), so the runner is only read, decide,
/// commit, render, and a test replays the same loop with `SessionScript`.
public enum SessionQuestion: Equatable, Sendable {
  /// y/n before acting, e.g. before ending the session; yes appends its events.
  case confirm(Confirmation)
  /// After Ctrl-D on a terminal: pause and leave, end the session, or carry on.
  case pauseOrEnd

  /// The question, said under the screen; safe to print.
  public var text: String {
    switch self {
    case .confirm(let confirmation): confirmation.question
    case .pauseOrEnd:
      "Ctrl-D: [p] pause and leave (resume later), [e] end the session, anything else: carry on."
    }
  }

  /// The prompt its reply is typed at.
  public var prompt: String {
    switch self {
    case .confirm: "confirm (y/n)› "
    case .pauseOrEnd: "p/e› "
    }
  }
}

extension SessionEngine {
  /// What a reply to the waiting question, or the end of input, does.
  ///
  /// Ctrl-D on a terminal asks pause-or-end; a second Ctrl-D, or the end of piped input,
  /// pauses and leaves (resumable). Anything but yes to a confirmation is no.
  static func reply(
    _ command: SessionCommand, state: SessionState, protocol interviewProtocol: InterviewProtocol,
    clock: Double
  ) -> Decision {
    switch (state.question, command) {
    case (.confirm(let confirmation)?, .reply(let reply)) where Confirmation.isYes(reply):
      return Decision(events: confirmation.events)
    case (.confirm?, _):
      return Decision(feedback: ["not confirmed; carrying on."])
    case (.pauseOrEnd?, .reply(let reply)):
      switch reply.trimmingCharacters(in: .whitespaces).lowercased() {
      case "p", "pause": return pauseAndLeave(state)
      case "e", "end":
        var asked = state
        asked.question = nil
        return decide(.end, state: asked, protocol: interviewProtocol, clock: clock)
      default: return Decision(redraw: true)
      }
    case (.pauseOrEnd?, _):
      return pauseAndLeave(state)
    case (nil, .endOfInput(interactive: true)):
      return Decision(question: .pauseOrEnd)
    case (nil, .endOfInput(interactive: false)):
      return pauseAndLeave(state)
    case (nil, _):
      return .refuse("no question is waiting for a reply")
    }
  }

  private static func pauseAndLeave(_ state: SessionState) -> Decision {
    Decision(events: state.isPaused || state.isEnded ? [] : [.paused], leaves: true)
  }
}

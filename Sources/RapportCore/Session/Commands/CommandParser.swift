import Foundation

/// Reads one typed line as a command, a note, an answer or checklist ticks.
///
/// Commands start with `/`. Free text depends on the step: an answer on a survey item or
/// attribute, item numbers (`1 3`) on a checklist, otherwise a note by the lead. An unknown
/// `/command` is refused with a suggestion, never saved as a note.
public enum CommandParser {
  /// `role` is who types: their free-text and `/note` notes carry it (`rapport join` passes
  /// `.support`); `/ns` is always the supporting interviewer's.
  ///
  /// While the state holds a question (`SessionState.question`), the line is its reply.
  public static func parse(
    _ line: String, state: SessionState, protocol interviewProtocol: InterviewProtocol,
    role: Role = .lead
  ) -> SessionCommand {
    if state.question != nil { return .reply(line) }
    let text = line.trimmingCharacters(in: .whitespacesAndNewlines)
    if text.isEmpty { return .next }
    guard text.hasPrefix("/") else {
      return freeText(text, state: state, interviewProtocol, role: role)
    }
    switch Command.read(text, as: .lead) {
    case .invalid(let message): return .invalid(message)
    case .otherRole(let command): return .invalid("'/\(command.names[0])' is not the lead's")
    case .command(let command, let name, let argument):
      return parsed(command, name: name, argument: argument, role: role)
    }
  }

  /// Every case of `Command`: one added to the table does not compile until it is here.
  private static func parsed(_ command: Command, name: String, argument: String?, role: Role)
    -> SessionCommand
  {
    let rest = argument ?? ""
    switch command {
    case .next: return .next
    case .back: return .back
    case .goto: return .goto(rest)
    case .prompt:
      guard let number = Int(rest) else { return .invalid(command.needs(name)) }
      return .prompt(number)
    case .rephrase: return .rephrase
    case .roundUp: return .roundUp
    case .skip: return .skip(argument)
    case .flag: return .flag(argument)
    case .note: return .note(role, rest)
    case .noteAsSupport: return .note(.support, rest)
    case .clear: return .clearAnswer
    case .rec:
      switch argument?.lowercased() {
      case nil: return .rec
      case "stop": return .recStop
      default: return .invalid("'/rec' takes nothing or 'stop': /rec marks, /rec stop stops")
      }
    case .pause: return .pause
    case .resume: return .resume
    case .time: return .time
    case .help: return .help
    case .end: return .end
    case .saveTo: return .saveTo(rest)
    case .suggest, .cue, .timeWarning, .takeover, .quit:
      return .invalid("'/\(name)' is for the supporting interviewer's terminal (rapport join)")
    }
  }

  /// The one-letter replies the runner's questions take (y/n to confirm, p/e after Ctrl-D).
  static let replyLetters: Set<String> = ["y", "n", "p", "e"]

  private static func freeText(
    _ text: String, state: SessionState, _ interviewProtocol: InterviewProtocol, role: Role
  ) -> SessionCommand {
    let command = lineOnStep(text, state: state, interviewProtocol, role: role)
    // A lone reply letter typed ahead of a question the screen no longer shows (or typed
    // twice) is an answer gone astray, not something the participant said.
    if case .note = command, replyLetters.contains(text.lowercased()) {
      return .invalid(
        "'\(text)' was not saved as a note: no question is waiting for a reply; "
          + "to note it anyway, type /note \(text)")
    }
    return command
  }

  private static func lineOnStep(
    _ text: String, state: SessionState, _ interviewProtocol: InterviewProtocol, role: Role
  ) -> SessionCommand {
    switch SessionNavigator(interviewProtocol).position(of: state.phase) {
    case .attribute?: return .answer(text)
    case .step(_, let flat)?:
      switch flat.step.kind {
      case .item: return .answer(text)
      case .checklist:
        let parts = text.split { $0 == " " || $0 == "," }
        let numbers = parts.compactMap { Int($0) }
        return numbers.count == parts.count ? .tick(numbers) : .note(role, text)
      default: return .note(role, text)
      }
    case nil: return .note(role, text)
    }
  }
}

import Foundation

/// Reads one typed line as a command, a note, an answer or checklist ticks.
///
/// Commands start with `/`. Free text depends on the step: an answer on a survey item or
/// attribute, item numbers (`1 3`) on a checklist, otherwise a note by the lead. An unknown
/// `/command` is refused with a suggestion, never saved as a note.
public enum CommandParser {
  /// Command names, long form first, with what they take.
  static let commands: [(names: [String], argument: Argument)] = [
    (["next", "n"], .none), (["back", "b"], .none), (["goto", "g"], .required),
    (["prompt", "p"], .required), (["rephrase", "r"], .none),
    (["roundup", "u", "round-up"], .none),
    (["skip", "s"], .optional), (["flag", "f"], .optional), (["note"], .required),
    (["note-as-support", "ns"], .required), (["clear"], .none), (["rec"], .optional),
    (["pause"], .none), (["resume"], .none), (["time", "t"], .none), (["help", "h", "?"], .none),
    (["end"], .none), (["saveto"], .required),
  ]

  enum Argument { case none, optional, required }

  /// `role` is who types: their free-text and `/note` notes carry it (`rapport join` passes
  /// `.support`); `/ns` is always the supporting interviewer's.
  public static func parse(
    _ line: String, state: SessionState, protocol interviewProtocol: InterviewProtocol,
    role: Role = .lead
  ) -> SessionCommand {
    let text = line.trimmingCharacters(in: .whitespacesAndNewlines)
    if text.isEmpty { return .next }
    guard text.hasPrefix("/") else {
      return freeText(text, state: state, interviewProtocol, role: role)
    }
    let body = text.dropFirst()
    let name = String(body.prefix { !$0.isWhitespace }).lowercased()
    let rest = body.drop { !$0.isWhitespace }.trimmingCharacters(in: .whitespaces)
    let argument = rest.isEmpty ? nil : rest
    guard !name.isEmpty else { return .invalid("type a command after '/', e.g. /h for help") }
    guard let command = commands.first(where: { $0.names.contains(name) }) else {
      let all = commands.flatMap(\.names).filter { $0.count > 1 }
      let guess = SpellingSuggestion.closest(to: name, among: all)
      return .invalid(
        "unknown command '/\(name)'" + (guess.map { " (did you mean '/\($0)'?)" } ?? "")
          + ": /h lists commands")
    }
    let long = command.names[0]
    if command.argument == .none, argument != nil {
      return .invalid("'/\(name)' takes nothing after it; for a note, type the text without '/'")
    }
    if command.argument == .required, argument == nil {
      return .invalid(
        "'/\(name)' needs "
          + (long == "goto"
            ? "a step id, e.g. /g q3"
            : long == "prompt"
              ? "a number, e.g. /p 2"
              : long == "saveto" ? "a folder, e.g. /saveto /media/usb/Responses" : "some text"))
    }
    switch long {
    case "next": return .next
    case "back": return .back
    case "goto": return .goto(rest)
    case "prompt":
      guard let number = Int(rest) else { return .invalid("'/\(name)' needs a number, e.g. /p 2") }
      return .prompt(number)
    case "rephrase": return .rephrase
    case "roundup": return .roundUp
    case "skip": return .skip(argument)
    case "flag": return .flag(argument)
    case "note": return .note(role, rest)
    case "note-as-support": return .note(.support, rest)
    case "clear": return .clearAnswer
    case "rec":
      switch argument?.lowercased() {
      case nil: return .rec
      case "stop": return .recStop
      default: return .invalid("'/rec' takes nothing or 'stop': /rec marks, /rec stop stops")
      }
    case "pause": return .pause
    case "resume": return .resume
    case "time": return .time
    case "help": return .help
    case "saveto": return .saveTo(rest)
    default: return .end
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

import Foundation

/// What the supporting interviewer typed in `rapport join`, parsed from one line.
///
/// The supporter writes notes, flags and cues; the lead drives. Navigation commands are
/// recognised (so they are not saved as notes by mistake) and answered with `.driving`.
public enum SupportCommand: Equatable, Sendable {
  /// Free text: a note by the supporter on the current step.
  case note(String)
  /// Mark this moment for the transcriber, with an optional text.
  case flag(String?)
  /// Cue the lead to ask prompt N (one-based) of the current question.
  case suggest(Int)
  /// A free-text cue to the lead, e.g. "ask about placements".
  case cue(String)
  /// A time warning to the lead, with an optional text.
  case timeWarning(String?)
  /// Take over driving the session (only when the lead's terminal is gone).
  case takeover
  /// An empty line: redraw the screen.
  case refresh
  /// Show the time plan.
  case time
  /// List the supporter's commands.
  case help
  /// Leave the live view (the session goes on).
  case leave
  /// A command only the driving terminal may give; the message says what to do instead.
  case driving(String)
  /// Not a command; the message says why (never saved as a note).
  case invalid(String)
}

/// Reads the supporter's lines.
public enum SupportCommandParser {
  /// The message for navigation while the lead drives.
  public static let leadIsDriving =
    "the lead is driving; /takeover if their terminal is gone"

  /// Command names of the supporter's own commands, long form first.
  static let own: [[String]] = [
    ["flag", "f"], ["note", "ns", "note-as-support"], ["suggest", "sp"], ["cue", "c"],
    ["time-warning", "tw"], ["takeover"], ["time", "t"], ["help", "h", "?"], ["quit", "q"],
  ]

  /// Parses one typed line.
  public static func parse(_ line: String) -> SupportCommand {
    let text = line.trimmingCharacters(in: .whitespacesAndNewlines)
    if text.isEmpty { return .refresh }
    guard text.hasPrefix("/") else {
      // A lone y/n typed after the takeover question went is not something anyone said.
      guard !CommandParser.replyLetters.contains(text.lowercased()) else {
        return .invalid(
          "'\(text)' was not saved as a note: no question is waiting for a reply; "
            + "to note it anyway, type /note \(text)")
      }
      return .note(text)
    }
    let body = text.dropFirst()
    let name = String(body.prefix { !$0.isWhitespace }).lowercased()
    let rest = body.drop { !$0.isWhitespace }.trimmingCharacters(in: .whitespaces)
    let argument = rest.isEmpty ? nil : rest
    guard let names = own.first(where: { $0.contains(name) }) else {
      if CommandParser.commands.contains(where: { $0.names.contains(name) }) {
        return .driving(leadIsDriving)
      }
      let all = (own.flatMap { $0 } + CommandParser.commands.flatMap(\.names))
        .filter { $0.count > 1 }
      let guess = SpellingSuggestion.closest(to: name, among: all)
      return .invalid(
        "unknown command '/\(name)'" + (guess.map { " (did you mean '/\($0)'?)" } ?? "")
          + ": /h lists commands")
    }
    switch names[0] {
    case "flag": return .flag(argument)
    case "note":
      guard let argument else { return .invalid("'/\(name)' needs some text") }
      return .note(argument)
    case "suggest":
      guard let argument, let number = Int(argument) else {
        return .invalid("'/\(name)' needs a prompt number, e.g. /suggest 2")
      }
      return .suggest(number)
    case "cue":
      guard let argument else { return .invalid("'/\(name)' needs the text, e.g. /cue ask more") }
      return .cue(argument)
    case "time-warning": return .timeWarning(argument)
    case "takeover": return argument == nil ? .takeover : .invalid("'/takeover' takes nothing")
    case "time": return .time
    case "help": return .help
    default: return .leave
    }
  }

  /// Command names completing what was typed (the supporter's own commands only).
  public static func completions(for line: String) -> [String] {
    guard !line.contains(" ") else { return [] }
    return own.flatMap { $0 }.filter { $0.count > 1 }.map { "/" + $0 }.filter {
      $0.hasPrefix(line.lowercased())
    }
  }
}

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
  /// A line typed while a question waits (`SupportState.question`): its reply.
  case reply(String)
  /// Ctrl-D on an empty line, or the end of piped input.
  case endOfInput
}

/// Reads the supporter's lines.
public enum SupportCommandParser {
  /// The message for navigation while the lead drives.
  public static let leadIsDriving =
    "the lead is driving; /takeover if their terminal is gone"

  /// Parses one typed line in `state`: while a question waits, the line is its reply.
  public static func parse(_ line: String, state: SupportState) -> SupportCommand {
    state.question == nil ? parse(line) : .reply(line)
  }

  /// Parses one typed line, with no question waiting.
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
    switch Command.read(text, as: .support) {
    case .invalid(let message): return .invalid(message)
    case .otherRole: return .driving(leadIsDriving)
    case .command(let command, let name, let argument):
      return parsed(command, name: name, argument: argument)
    }
  }

  /// Every case of `Command`: one added to the table does not compile until it is here.
  private static func parsed(_ command: Command, name: String, argument: String?)
    -> SupportCommand
  {
    let rest = argument ?? ""
    switch command {
    case .flag: return .flag(argument)
    case .note, .noteAsSupport: return .note(rest)
    case .suggest:
      guard let number = Int(rest) else { return .invalid(command.needs(name)) }
      return .suggest(number)
    case .cue: return .cue(rest)
    case .timeWarning: return .timeWarning(argument)
    case .takeover: return .takeover
    case .time: return .time
    case .help: return .help
    case .quit: return .leave
    case .next, .back, .goto, .prompt, .rephrase, .roundUp, .skip, .clear, .rec, .pause,
      .resume, .end, .saveTo:
      return .driving(leadIsDriving)
    }
  }

  /// Command names completing what was typed (the supporter's own commands only).
  public static func completions(for line: String) -> [String] {
    guard !line.contains(" ") else { return [] }
    return Command.completedNames(for: .support).filter { $0.hasPrefix(line.lowercased()) }
  }
}

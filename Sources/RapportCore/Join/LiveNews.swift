import Foundation

/// One line telling an interviewer what the other terminal just journaled.
///
/// Printed above the line being typed, so it must be short and say who did what. Only
/// what the other interviewer needs in the moment is news: notes, flags and cues; the
/// driver's navigation shows as the redrawn screen instead. Every piece of journaled text
/// (notes, cues, step ids, writer names) is shown through `TerminalText`, on one line and
/// cut at `TerminalText.shownLimit` characters, so a hostile or huge paste cannot act on
/// this terminal or bury it.
public enum LiveNews {
  /// The line for `entry`, or nil when the entry is not news; with `color`, cues stand out.
  public static func line(for entry: JournalEntry, state: SessionState, color: Bool = false)
    -> String?
  {
    guard let text = plainLine(for: entry, state: state) else { return nil }
    guard case .cue = entry.event else { return text }
    let style = ScreenStyle(color: color)
    return style.bold(style.yellow(text))
  }

  private static func plainLine(for entry: JournalEntry, state: SessionState) -> String? {
    // The interview clock where the entry happened: later pauses do not move it.
    let time = ClockFormat.minutes(state.elapsed(of: entry))
    switch entry.event {
    case .noted(let step, let role, let text):
      return "[\(time)] \(role.rawValue) note\(place(step)): \(oneLine(text))"
    case .flagged(let step, let text):
      return "[\(time)] \(safe(entry.writer)) flagged\(place(step))"
        + (text.map { ": \(oneLine($0))" } ?? "")
    case .cue(let from, let kind, let text):
      switch kind {
      case .suggestPrompt: return "▶ CUE from \(from.rawValue) [\(time)]: ask \(oneLine(text))"
      case .message: return "▶ CUE from \(from.rawValue) [\(time)]: \(oneLine(text))"
      case .timeWarning: return "▶ TIME from \(from.rawValue) [\(time)]: \(oneLine(text))"
      }
    case .ended:
      return "[\(time)] the session was ended by \(safe(entry.writer))"
    case .sessionResumed:
      return "[\(time)] \(safe(entry.writer)) is now driving the session"
    default:
      return nil
    }
  }

  private static func place(_ step: String?) -> String {
    step.map { " on \(safe($0))" } ?? ""
  }

  /// Journaled text on one line, inert, cut when long.
  private static func oneLine(_ text: String) -> String {
    TerminalText.line(text, limit: TerminalText.shownLimit)
  }

  /// A short field (a writer's name, a step id) from the journal.
  private static func safe(_ text: String) -> String {
    TerminalText.line(text, limit: 64)
  }
}

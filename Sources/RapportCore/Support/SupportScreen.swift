import Foundation

/// The supporting interviewer's live view: the lead's screen, then what was said lately.
///
/// The same step screen the lead sees (status, clock against the plan, the text to read,
/// prompts asked, rephrasing and round-up), followed by the latest notes, flags and cues of
/// both interviewers, newest last, so the supporter can follow without asking.
public enum SupportScreen {
  /// How many recent notes, flags and cues the view lists.
  public static let recentCount = 6

  /// The whole view, lines ending in `\n`; `role` is who follows (the lead after a takeover).
  public static func render(
    _ state: SessionState, entries recent: [JournalEntry],
    protocol interviewProtocol: InterviewProtocol, clock: Double, width: Int, color: Bool,
    role: Role
  ) -> String {
    let style = ScreenStyle(color: color)
    var out = ScreenRenderer.render(
      state, protocol: interviewProtocol, clock: clock, width: width, color: color,
      role: .support)
    let lines = recent.compactMap { LiveNews.line(for: $0, state: state) }.suffix(recentCount)
    if !lines.isEmpty {
      out += "\n" + style.dim("Latest") + "\n"
      for line in lines {
        out +=
          TextWrap.wrap(line, width: max(20, width), first: "  ", rest: "    ").joined(
            separator: "\n") + "\n"
      }
    }
    if state.isEnded {
      out += style.bold("ENDED — the session is over; no more notes are taken (/q leaves).") + "\n"
      return out
    }
    out +=
      style.dim(
        role == .support
          ? "SUPPORTING — the lead drives; your lines are notes (role support)."
          : "FOLLOWING — the supporter drives; your lines are notes (role lead).") + "\n"
    return out
  }
}

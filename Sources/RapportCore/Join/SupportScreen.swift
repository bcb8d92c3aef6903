import Foundation

/// The supporting interviewer's live view: the lead's screen, then what was said lately.
///
/// The same step screen the lead sees (status, clock against the plan, the text to read,
/// prompts asked, rephrasing and round-up), followed by the latest notes, flags and cues of
/// both interviewers, newest last, so the supporter can follow without asking.
public enum SupportScreen {
  /// How many recent notes, flags and cues the view lists.
  public static let recentCount = 6

  /// The supporter's whole view, lines ending in `\n`: the session's view, then a line when
  /// no terminal drives, then the question waiting, last, just above where its reply is
  /// typed.
  ///
  /// With `height`, the two lines under the view are kept and the view is cut to the rest.
  public static func render(
    _ state: SupportState, protocol interviewProtocol: InterviewProtocol, clock: Double,
    width: Int, color: Bool, role: Role, height: Int? = nil
  ) -> String {
    let style = ScreenStyle(color: color)
    let notice =
      state.driverPresent || state.session.isEnded
      ? nil : SupportDecider.noDriverWords(state.session)
    let under = [notice, state.question.map { style.bold($0.text) }].compactMap { $0 }
    let view = render(
      state.session, entries: state.recent, protocol: interviewProtocol, clock: clock,
      width: width, color: color, role: role, height: height.map { $0 - under.count })
    return view + under.map { $0 + "\n" }.joined()
  }

  /// The session's view, lines ending in `\n`; `role` is who follows (the lead after a takeover).
  ///
  /// With `height`, the view fits the window: the *Latest* list is cut first (newest kept),
  /// then the lead's screen as `ScreenRenderer` cuts it; the last line always stays.
  public static func render(
    _ state: SessionState, entries recent: [JournalEntry],
    protocol interviewProtocol: InterviewProtocol, clock: Double, width: Int, color: Bool,
    role: Role, height: Int? = nil
  ) -> String {
    let style = ScreenStyle(color: color)
    // One row for the last line, two for the typed line and a message under it.
    var out = ScreenRenderer.render(
      state, protocol: interviewProtocol, clock: clock, width: width, color: color,
      role: .support, height: height.map { $0 - 1 })
    let news = recent.compactMap { LiveNews.line(for: $0, state: state) }.suffix(recentCount)
    var latest = news.flatMap {
      TextWrap.wrap($0, width: max(20, width), first: "  ", rest: "    ")
    }
    if let height {
      let used = out.split(separator: "\n", omittingEmptySubsequences: false).count - 1
      let room = height - 4 - used - 2
      latest = room > 0 ? Array(latest.suffix(room)) : []
    }
    if !latest.isEmpty {
      out += "\n" + style.dim("Latest") + "\n" + latest.joined(separator: "\n") + "\n"
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

import Foundation

/// The live runner's screen as a pure function of the session state.
///
/// Interviewers glance at it between the participant's sentences, so it is calm and
/// always in the same order: status, schedule, the step (what to read aloud set apart from
/// what is for the interviewers only), then one line of keys. Text is wrapped to the width,
/// never truncated; without colour there are no escape codes at all. Every piece of text
/// from outside (the protocol, the journal, what was typed) passes through `TerminalText`
/// before styling, so the only escape codes on screen are the program's own.
public enum ScreenRenderer {
  /// The whole screen, lines ending in `\n`; `role` is who looks at it (the supporter's
  /// `rapport join` shows their own keys, since the lead drives).
  ///
  /// With `height` (a live terminal's rows), the screen is cut to fit, least needed first
  /// (`ScreenFit`): the status line and the words to read aloud always stay.
  public static func render(
    _ state: SessionState, protocol interviewProtocol: InterviewProtocol, clock: Double,
    width: Int, color: Bool, role: Role = .lead, height: Int? = nil
  ) -> String {
    let width = max(20, width)
    let style = ScreenStyle(color: color)
    let navigator = SessionNavigator(interviewProtocol)
    let schedule = SessionSchedule(state, interviewProtocol, clock: clock)
    let current = navigator.position(of: state.phase)
    var lines = statusLines(state, navigator, schedule, current, width: width, style: style)
    if state.isPaused {
      // Only the driver can resume: the supporter is not told to type what they cannot.
      let paused =
        role == .lead
        ? "PAUSED — type /resume to continue (paused time is not counted)"
        : "PAUSED — the driving terminal resumes the session (paused time is not counted)"
      lines += TextWrap.wrap(paused, width: width).map(style.yellow)
    }
    if let behind = schedule.behindMessage {
      lines += TextWrap.wrap(behind, width: width).map(style.yellow)
    }
    let rule = String(repeating: "─", count: width)
    lines.append(style.dim(rule))
    var body = StepScreen(state: state, width: width, style: style)
    if state.isEnded {
      body.ended(navigator, current: state.currentStepID.flatMap(navigator.position(id:)))
    } else if let current {
      body.position(current, navigator: navigator)
    }
    var parts: [(line: String, part: ScreenPart)] = [("", .blank)] + body.parts
    if role == .lead { parts += cueLines(state, width: width, style: style).map { ($0, .cues) } }
    parts += [("", .keys), (style.dim(rule), .keys)]
    let keys = role == .lead ? keyHint(state, current) : supportKeys(state)
    if !keys.isEmpty { parts += TextWrap.pack(keys, width: width).map { (style.dim($0), .keys) } }
    guard let height else {
      let unfolded = parts.filter { $0.part != .promptsFolded && $0.part != .notesSummaryFolded }
      return (lines + unfolded.map(\.line))
        .joined(separator: "\n") + "\n"
    }
    // Rows for the line break after the screen, the line being typed and a message.
    lines = ScreenFit.fit(head: lines, body: parts, rows: max(1, height - 3))
    return lines.joined(separator: "\n") + "\n"
  }

  /// The status lines alone, exactly as `render` starts the screen with them: the ticking
  /// clock is redrawn from these every second without drawing the whole screen.
  public static func status(
    _ state: SessionState, protocol interviewProtocol: InterviewProtocol, clock: Double,
    width: Int, color: Bool
  ) -> [String] {
    let navigator = SessionNavigator(interviewProtocol)
    let schedule = SessionSchedule(state, interviewProtocol, clock: clock)
    return statusLines(
      state, navigator, schedule, navigator.position(of: state.phase), width: max(20, width),
      style: ScreenStyle(color: color))
  }

  static func statusLines(
    _ state: SessionState, _ navigator: SessionNavigator, _ schedule: SessionSchedule,
    _ current: SessionPosition?, width: Int, style: ScreenStyle
  ) -> [String] {
    var fields = [state.start.map { TerminalText.line($0.participant, limit: 64) } ?? "—"]
    fields.append(positionName(state, navigator, current))
    let planned = schedule.planned.map { " / " + ClockFormat.minutes($0) } ?? ""
    fields.append(ClockFormat.minutes(schedule.elapsed) + planned)
    if !state.isEnded, current != nil {
      let budget = schedule.stepBudget.map { " / " + ClockFormat.minutes($0) } ?? ""
      fields.append("this step " + ClockFormat.minutes(schedule.stepTime) + budget)
    }
    fields.append(state.isRecording ? "● REC" : "○ not recording")
    if state.isPaused { fields.append("PAUSED") }
    return TextWrap.pack(fields, width: width).map { line in
      var styled = line
      if style.color {
        styled = styled.replacingOccurrences(of: "● REC", with: style.red("● REC"))
        styled = styled.replacingOccurrences(of: "PAUSED", with: style.yellow("PAUSED"))
      }
      return styled
    }
  }

  static func positionName(
    _ state: SessionState, _ navigator: SessionNavigator, _ current: SessionPosition?
  ) -> String {
    if state.isEnded { return "session ended" }
    switch current {
    case .attribute(let index, _)?:
      return
        "participant details \(index + 1) of \(navigator.interviewProtocol.participant.attributes.count)"
    case .step(_, let flat)?:
      guard let number = navigator.stepNumber(of: flat.step.id.value) else {
        return "end of the session"
      }
      return "step \(number) of \(navigator.countedSteps.count)"
    case nil:
      return "not started"
    }
  }

  /// The supporter's cues since this step came on screen, so a redraw does not hide them.
  static func cueLines(_ state: SessionState, width: Int, style: ScreenStyle) -> [String] {
    guard !state.isEnded, let id = state.currentStepID,
      let entered = state.visits[id]?.last?.entered
    else { return [] }
    let asked = state.promptsUsed[id] ?? []
    // Newest first, back to the step's entry at most (times never run backwards): the
    // walk stops at the two shown, not at the first cue of the session.
    var cues: [SessionCue] = []
    for index in state.cues.indices.reversed() {
      let cue = state.cues[index]
      if cue.clock < entered || cues.count == 2 { break }
      if cue.from == .support, !(cue.suggestedPrompt.map(asked.contains) ?? false) {
        cues.insert(cue, at: 0)
      }
    }
    guard !cues.isEmpty else { return [] }
    return [""]
      + cues.flatMap { cue -> [String] in
        let text = TerminalText.line(cue.text, limit: TerminalText.shownLimit)
        let said = cue.kind == .suggestPrompt ? "ask " + text : text
        let label = cue.kind == .timeWarning ? "▶ TIME from support: " : "▶ CUE from support: "
        return TextWrap.wrap(said, width: width, first: label, rest: "    ").map {
          style.bold(style.yellow($0))
        }
      }
  }

  static func supportKeys(_ state: SessionState) -> [String] {
    if state.isEnded { return ["type a note", "/q leave"] }
    return ["type a note", "/f flag", "/suggest N", "/cue TEXT", "/tw time", "/h help"]
  }

  static func keyHint(_ state: SessionState, _ current: SessionPosition?) -> [String] {
    if state.isEnded { return [] }
    if state.isPaused { return ["/resume to continue", "/ns TEXT support note", "/h help"] }
    guard let current else { return [] }
    if current.item != nil { return ["type the answer", "Enter next", "/b back", "/h help"] }
    guard case .step(_, let flat) = current else { return [] }
    switch flat.step.kind {
    case .question: return ["Enter next", "/p N prompt", "/f flag", "/h help"]
    case .checklist: return ["type 1 2 to tick", "Enter next", "/h help"]
    case .end: return ["Enter ends the session", "/b back", "/h help"]
    default: return ["Enter next", "/f flag", "/h help"]
    }
  }
}

/// The lines `/time` and `/help` print below the screen.
extension ScreenRenderer {
  /// Where the session stands against the plan, in full sentences.
  public static func timeLines(
    _ state: SessionState, _ interviewProtocol: InterviewProtocol, clock: Double
  ) -> [String] {
    let schedule = SessionSchedule(state, interviewProtocol, clock: clock)
    var lines: [String] = []
    var session = "session time \(ClockFormat.minutes(schedule.elapsed))"
    if let planned = schedule.planned { session += " of \(ClockFormat.minutes(planned)) planned" }
    let paused = state.timeline.pausedSeconds(upTo: clock)
    if paused > 0 { session += " (\(ClockFormat.minutes(paused)) paused, not counted)" }
    lines.append(session)
    if let id = state.currentStepID, !state.isEnded {
      var step =
        "on '\(TerminalText.line(id, limit: 64))' \(ClockFormat.minutes(schedule.stepTime))"
      if let budget = schedule.stepBudget { step += " of \(ClockFormat.minutes(budget)) budgeted" }
      lines.append(step)
    }
    if let part = state.timeline.parts.last {
      let mark = ClockFormat.minutes(state.elapsed(at: part.start))
      let name = part.number > 1 ? "recording part \(part.number)" : "recording"
      if let now = state.timeline.recording(atLive: clock), part.isRunning {
        lines.append("\(name) marked at \(mark) on the interview clock; now at \(now.label)")
      } else {
        lines.append("\(name) stopped; /rec marks the next part")
      }
    } else {
      lines.append("recording not marked yet (/rec)")
    }
    if let behind = schedule.behindMessage {
      lines.append(behind)
    } else if let left = schedule.timeLeft {
      lines.append("on plan: \(ClockFormat.minutes(left)) left")
    }
    return lines
  }

  /// Every command of the lead, short form first (from the one table, `Command`).
  public static func helpLines() -> [String] { Command.helpLines(for: .lead) }
}

/// One step visit in the transcription template: heading, question, what happened, room
/// for the transcript.
enum TemplateVisit {
  /// `showsParts`: the recording has several parts, so headings say which one.
  static func blocks(_ visit: SessionRecord.Visit, participant: String, showsParts: Bool = false)
    -> [TranscriptTemplate.Block]
  {
    let revisit = visit.isRevisit ? " (visit \(visit.occurrence))" : ""
    let part = showsParts ? visit.part.map { "part \($0) · " } ?? "" : ""
    var blocks: [TranscriptTemplate.Block] = [
      .stepHeading("\(TimeCode.bracketed(visit.entered)) \(part)\(visit.title)\(revisit)")
    ]
    if let text = visit.text, !text.isEmpty, visit.kind != .checklist {
      blocks.append(.quote(text))
    }
    let lines = visit.moments.compactMap(line)
    if !lines.isEmpty { blocks.append(.list(lines)) }
    blocks.append(
      .paragraph(
        "Left at \(TimeCode.bracketed(visit.left)), \(TimeCode.clock(visit.seconds)) on this step.")
    )
    if visit.kind == nil || visit.kind == .question {
      blocks.append(.speaker("Interviewer:"))
      blocks.append(.speaker("\(participant):"))
    }
    return blocks
  }

  /// One line for a moment, or nil for moments a transcriber does not need (cues).
  static func line(_ moment: SessionRecord.Moment) -> String? {
    let time = TimeCode.bracketed(moment.time)
    let text: String
    switch moment.kind {
    case .prompt(let index, let prompt): text = "Prompt \(index)" + colon(prompt)
    case .rephrased(let index, let wording): text = "Rephrased (\(index))" + colon(wording)
    case .roundUp(let question): text = "Round-up" + colon(question)
    case .note(let role, let note): text = "Note (\(role.rawValue)): \(note)"
    case .flag(let flag): text = "FLAG" + colon(flag)
    case .skipped(let reason): text = "Skipped" + colon(reason)
    case .checked(let item, let line, let isChecked):
      text = (isChecked ? "Ticked" : "Unticked") + colon(line ?? "item \(item)")
    case .answered(let answer): text = "Answer: \(answer.display)"
    case .answerCleared: text = "Answer withdrawn"
    case .paused(let seconds, let resumed):
      text =
        resumed
        ? "Paused for \(TimeCode.clock(seconds)) (left out of the timings)"
        : "Paused, never resumed"
    case .sessionResumed: text = "Session resumed after a stop"
    case .recordingStarted: text = "Recording started"
    case .recordingStopped: text = "Recording stopped"
    case .outage(let outage):
      text = "No notes from" + outage.sentence.dropFirst("no notes from".count)
    case .cue: return nil
    case .ended(let status): text = "Session ended" + colon(endText(status))
    }
    return "\(time) \(text)"
  }

  private static func colon(_ text: String?) -> String {
    guard let text, !text.isEmpty else { return "" }
    return ": " + text
  }

  private static func endText(_ status: SessionRecord.Status) -> String {
    switch status {
    case .completed: "completed"
    case .endedEarly: "ended early"
    case .screenedOut: "screened out"
    case .inProgress: ""
    }
  }
}

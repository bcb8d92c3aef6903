/// Folding journal entries into session state: the one place events change anything.
extension SessionEngine {
  /// The state after one more journal entry. Unknown ids are tolerated (recorded, not placed).
  ///
  /// A copy: the lists in `state` are copied when the new state grows them. A runner that
  /// keeps its state uses `fold(_:into:)`, which copies nothing.
  public static func apply(_ entry: JournalEntry, to state: SessionState) -> SessionState {
    var s = state
    fold(entry, into: &s)
    return s
  }

  /// The same, in place: a whole replay then copies nothing per entry.
  public static func fold(_ entry: JournalEntry, into s: inout SessionState) {
    WorkCount.fold()
    let clock = s.timeline.fold(entry)
    switch entry.event {
    case .sessionStarted(let start):
      s.start = start
    case .attributeRecorded(let item, let value), .answered(let item, let value):
      s.answers[item] = value
    case .answerCleared(let item):
      s.answers[item] = nil
    case .stepEntered(let step):
      closeOpenVisits(&s, at: clock)
      s.visits[step, default: []].append(StepVisit(entered: clock))
      s.currentStepID = step
      if s.phase != .ended, let phase = s.stepIDIndex.phase(of: step) { s.phase = phase }
    case .stepLeft(let step):
      close(step, in: &s, at: clock)
    case .promptUsed(let step, let index):
      if !(s.promptsUsed[step] ?? []).contains(index) {
        s.promptsUsed[step, default: []].append(index)
      }
    case .rephrased(let step, let index):
      if !(s.rephrasingsUsed[step] ?? []).contains(index) {
        s.rephrasingsUsed[step, default: []].append(index)
      }
    case .roundedUp(let step):
      s.roundedUp.insert(step)
    case .noted(let step, let role, let text):
      if let step { s.tallies[step, default: StepTally()].addNote(at: s.notes.count) }
      s.notes.append(SessionNote(step: step, role: role, text: text, clock: clock, at: entry.at))
    case .checked(let step, let item, let isChecked):
      if isChecked {
        s.ticks[step, default: []].insert(item)
      } else {
        s.ticks[step]?.remove(item)
      }
    case .skipped(let step, let reason):
      s.lastSkip[step] = s.skips.count
      s.skips.append(SessionSkip(step: step, reason: reason, clock: clock))
    case .flagged(let step, let text):
      if let step { s.tallies[step, default: StepTally()].flags += 1 }
      s.flags.append(SessionFlag(step: step, text: text, clock: clock, at: entry.at))
    case .recordingStarted, .recordingStopped, .recordingChecked, .paused, .resumed:
      break  // the timeline keeps pauses and recording parts
    case .sessionResumed:
      s.resumeCount += 1
    case .cue(let from, let kind, let text):
      s.cues.append(SessionCue(from: from, kind: kind, text: text, clock: clock))
    case .ended(let reason):
      closeOpenVisits(&s, at: clock)
      s.endReason = reason
      s.phase = .ended
    }
  }

  /// The state a whole journal describes.
  public static func replay(
    _ entries: [JournalEntry], protocol interviewProtocol: InterviewProtocol
  )
    -> SessionState
  {
    var state = SessionState(protocol: interviewProtocol)
    for entry in entries { fold(entry, into: &state) }
    return state
  }

  private static func close(_ step: String, in s: inout SessionState, at clock: Double) {
    guard let last = s.visits[step]?.indices.last, let visit = s.visits[step]?[last],
      visit.left == nil
    else { return }
    s.visits[step]?[last].left = clock
    s.finishedVisitSeconds[step, default: 0] += s.timeline.interviewSeconds(
      from: visit.entered, to: clock)
  }

  private static func closeOpenVisits(_ s: inout SessionState, at clock: Double) {
    for id in s.visits.keys { close(id, in: &s, at: clock) }
  }
}

import Foundation

/// Moving between steps: next, back, goto, skip and end.
extension Decider {
  func next(
    from current: SessionPosition, answers: [String: AnswerValue]? = nil,
    before: [SessionEvent] = []
  )
    -> Decision
  {
    let answers = answers ?? state.answers
    if current.isEnd {
      return Decision(
        events: before + [
          .stepLeft(step: current.id), .ended(reason: navigator.endReason(for: current)),
        ])
    }
    if let reason = unmetRequirement(current, answers: answers) {
      return Decision(events: before, feedback: [reason])
    }
    let leaving = before + recordingEvents(leaving: current)
    guard let target = navigator.next(after: current.phase, answers: answers) else {
      return endAfterLastStep(current, events: leaving)
    }
    return Decision(events: leaving + [.stepLeft(step: current.id), .stepEntered(step: target.id)])
  }

  func back(from current: SessionPosition) -> Decision {
    guard let target = navigator.previous(before: current.phase, answers: state.answers) else {
      return .refuse("this is the first step")
    }
    return Decision(events: [.stepLeft(step: current.id), .stepEntered(step: target.id)])
  }

  func goto(_ id: String, from current: SessionPosition) -> Decision {
    let wanted = id.trimmingCharacters(in: .whitespaces)
    guard var target = navigator.position(id: wanted) ?? firstInSection(wanted) else {
      let ids = navigator.positions.map(\.id)
      if let guess = SpellingSuggestion.closest(to: wanted, among: ids) {
        return .refuse("there is no step '\(wanted)' (did you mean '\(guess)'?)")
      }
      return .refuse("there is no step '\(wanted)': press Tab after /goto to list them")
    }
    if target.id == current.id { return .refuse("already on '\(wanted)'") }
    let all = navigator.positions
    let forward =
      (all.firstIndex { $0.id == target.id } ?? 0) > (all.firstIndex { $0.id == current.id } ?? 0)
    var events: [SessionEvent] = []
    if forward {
      if let reason = unmetRequirement(current, answers: state.answers) { return .refuse(reason) }
      events += recordingEvents(leaving: current)
    }
    target = navigator.position(id: target.id) ?? target
    var feedback: [String] = []
    if !navigator.isShown(target, answers: state.answers) {
      let conditions = target.conditions.map { "'\($0.source)'" }.joined(separator: ", ")
      feedback.append("note: '\(target.id)' is normally not shown here (when \(conditions))")
    }
    events += [.stepLeft(step: current.id), .stepEntered(step: target.id)]
    return Decision(events: events, feedback: feedback)
  }

  func skip(_ current: SessionPosition, reason: String?) -> Decision {
    if current.isEnd { return .refuse("'\(current.id)' ends the session: type /b to go back") }
    if isRequired(current) {
      return .refuse("'\(current.id)' is required and cannot be skipped (/end stops the session)")
    }
    let trimmed = reason?.trimmingCharacters(in: .whitespaces)
    var before: [SessionEvent] = []
    if state.answers[current.id] != nil { before.append(.answerCleared(item: current.id)) }
    before.append(.skipped(step: current.id, reason: trimmed?.isEmpty == false ? trimmed : nil))
    var answers = state.answers
    answers[current.id] = nil
    let target = navigator.next(after: current.phase, answers: answers)
    guard let target else {
      return endAfterLastStep(current, events: before)
    }
    return Decision(events: before + [.stepLeft(step: current.id), .stepEntered(step: target.id)])
  }

  /// Past the last shown step: `events`, then "end the session?" (yes: completed).
  private func endAfterLastStep(_ current: SessionPosition, events: [SessionEvent]) -> Decision {
    Decision(
      events: events,
      confirmation: Confirmation(
        question: "that was the last step: end the session? type y to confirm",
        events: [.stepLeft(step: current.id), .ended(reason: .completed)]))
  }

  func end(from current: SessionPosition) -> Decision {
    let missing = unmetRequired()
    let reason: EndReason
    if current.isEnd {
      reason = navigator.endReason(for: current)
    } else if missing.isEmpty, navigator.next(after: current.phase, answers: state.answers) == nil {
      reason = .completed
    } else {
      reason = .endedEarly
    }
    let question =
      missing.isEmpty
      ? "end the session? type y to confirm"
      : "end the session? unanswered required: \(missing.joined(separator: ", ")) — type y to confirm"
    return Decision(
      confirmation: Confirmation(
        question: question, events: [.stepLeft(step: current.id), .ended(reason: reason)]))
  }

  /// Passing a `start-recording` marker forward marks the recording unless it runs;
  /// passing a `stop-recording` marker stops it if it runs.
  private func recordingEvents(leaving position: SessionPosition) -> [SessionEvent] {
    guard case .step(_, let flat) = position, case .marker(let marker) = flat.step.kind else {
      return []
    }
    switch marker.action {
    case .startsRecording? where !state.isRecording: return [.recordingStarted]
    case .stopsRecording? where state.isRecording: return [.recordingStopped]
    default: return []
    }
  }

  /// `goto SECTION` lands on the section's first step.
  private func firstInSection(_ id: String) -> SessionPosition? {
    navigator.positions.first { position in
      guard case .step(_, let flat) = position else { return false }
      return flat.enclosingSections.contains { $0.id.value == id }
    }
  }
}

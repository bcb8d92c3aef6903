/// Where `next`, `back` and `goto` lead, given the answers so far (skip logic).
///
/// Attributes come first, then the protocol's steps in reading order; sections are never
/// stood on. A position is shown when all its `when:` conditions hold (unknown = not shown).
struct SessionNavigator {
  let interviewProtocol: InterviewProtocol
  let flat: [FlatStep]
  private let conditionAnswers: ConditionAnswers

  init(_ interviewProtocol: InterviewProtocol) {
    self.interviewProtocol = interviewProtocol
    flat = interviewProtocol.flattenedSteps
    conditionAnswers = ConditionAnswers(interviewProtocol)
  }

  /// Every position in order, shown or not.
  var positions: [SessionPosition] {
    interviewProtocol.participant.attributes.enumerated().map {
      SessionPosition.attribute(index: $0.offset, item: $0.element)
    }
      + flat.enumerated().compactMap { index, step in
        if case .section = step.step.kind { return nil }
        return SessionPosition.step(index: index, flat: step)
      }
  }

  func position(of phase: SessionPhase) -> SessionPosition? {
    positions.first { $0.phase == phase }
  }

  func position(id: String) -> SessionPosition? {
    positions.first { $0.id == id }
  }

  func isShown(_ position: SessionPosition, answers: [String: AnswerValue]) -> Bool {
    let conditions = position.conditions
    guard !conditions.isEmpty else { return true }
    let seen = conditionAnswers.view(answers)
    return conditions.allSatisfy { $0.holds(answers: seen) }
  }

  /// The first shown position: where a session begins.
  func first(answers: [String: AnswerValue]) -> SessionPosition? {
    positions.first { isShown($0, answers: answers) }
  }

  func next(after phase: SessionPhase, answers: [String: AnswerValue]) -> SessionPosition? {
    let all = positions
    guard let here = all.firstIndex(where: { $0.phase == phase }) else { return nil }
    return all[(here + 1)...].first { isShown($0, answers: answers) }
  }

  func previous(before phase: SessionPhase, answers: [String: AnswerValue]) -> SessionPosition? {
    let all = positions
    guard let here = all.firstIndex(where: { $0.phase == phase }) else { return nil }
    return all[..<here].last { isShown($0, answers: answers) }
  }

  /// Steps counted in "step n of N": every step but sections and `end` steps.
  var countedSteps: [FlatStep] {
    flat.filter {
      switch $0.step.kind {
      case .section, .end: false
      default: true
      }
    }
  }

  /// The position of an `end` step that is the protocol's last step ends the session as
  /// completed (a survey's "thank you, you are eligible"); any other `end` screens out.
  func endReason(for position: SessionPosition) -> EndReason {
    let lastStep = flat.last { if case .section = $0.step.kind { false } else { true } }
    if lastStep?.step.id.value == position.id { return .completed }
    return .screenedOut(step: position.id)
  }
}

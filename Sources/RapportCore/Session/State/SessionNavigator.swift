/// Where `next`, `back` and `goto` lead, given the answers so far (skip logic).
///
/// Attributes come first, then the protocol's steps in reading order; sections are never
/// stood on. A position is shown when all its `when:` conditions hold (unknown = not shown).
struct SessionNavigator {
  let interviewProtocol: InterviewProtocol
  /// The protocol's positions and lookups, made once per protocol (`NavigatorTables`).
  private let tables: NavigatorTables

  init(_ interviewProtocol: InterviewProtocol) {
    self.interviewProtocol = interviewProtocol
    tables = NavigatorTables.of(interviewProtocol)
  }

  var flat: [FlatStep] { tables.flat }

  /// Every position in order, shown or not.
  var positions: [SessionPosition] { tables.positions }

  func position(of phase: SessionPhase) -> SessionPosition? {
    tables.index(of: phase).map { tables.positions[$0] }
  }

  func position(id: String) -> SessionPosition? {
    tables.index(id: id).map { tables.positions[$0] }
  }

  /// The one-based number of step `id` in "step n of N", nil for an uncounted one.
  func stepNumber(of id: String) -> Int? {
    tables.countedIndex(of: id).map { $0 + 1 }
  }

  func isShown(_ position: SessionPosition, answers: [String: AnswerValue]) -> Bool {
    let conditions = position.conditions
    guard !conditions.isEmpty else { return true }
    return isShown(position, seen: conditionAnswers(answers))
  }

  /// The answers as conditions read them (`ConditionAnswers`): worked out once when many
  /// positions are asked about with the same answers.
  func conditionAnswers(_ answers: [String: AnswerValue]) -> [String: AnswerValue] {
    tables.conditionAnswers.view(answers)
  }

  /// Whether `position` is shown, given answers already as conditions read them.
  func isShown(_ position: SessionPosition, seen: [String: AnswerValue]) -> Bool {
    position.conditions.allSatisfy { $0.holds(answers: seen) }
  }

  /// The first shown position: where a session begins.
  func first(answers: [String: AnswerValue]) -> SessionPosition? {
    positions.first { isShown($0, answers: answers) }
  }

  func next(after phase: SessionPhase, answers: [String: AnswerValue]) -> SessionPosition? {
    let all = positions
    guard let here = tables.index(of: phase) else { return nil }
    return all[(here + 1)...].first { isShown($0, answers: answers) }
  }

  func previous(before phase: SessionPhase, answers: [String: AnswerValue]) -> SessionPosition? {
    let all = positions
    guard let here = tables.index(of: phase) else { return nil }
    return all[..<here].last { isShown($0, answers: answers) }
  }

  /// Steps counted in "step n of N": every step but sections and `end` steps.
  var countedSteps: [FlatStep] { tables.countedSteps }

  /// The position of an `end` step that is the protocol's last step ends the session as
  /// completed (a survey's "thank you, you are eligible"); any other `end` screens out.
  func endReason(for position: SessionPosition) -> EndReason {
    let lastStep = flat.last { if case .section = $0.step.kind { false } else { true } }
    if lastStep?.step.id.value == position.id { return .completed }
    return .screenedOut(step: position.id)
  }
}

/// The clock against the plan: elapsed time, time on this step, and whether the session is
/// behind, computed the same way for the status line and `/time`.
///
/// With a planned duration, "behind" is a projection: elapsed time plus the budgets still
/// ahead (this step's unused budget and every later shown step's), minus the plan. That
/// gives "4 min over plan — 20 min left for 6 questions" where the numbers add up. Without a
/// planned duration, elapsed time is compared with the budgets up to this step.
struct SessionSchedule {
  var elapsed: Double
  var planned: Double?
  var stepTime: Double
  var stepBudget: Double?
  /// Seconds over plan (negative or zero when on time).
  var overPlan: Double
  var timeLeft: Double?
  /// Open questions and survey items from this step on (this one included) that are shown.
  var questionsLeft: Int

  init(_ state: SessionState, _ interviewProtocol: InterviewProtocol, clock: Double) {
    let navigator = SessionNavigator(interviewProtocol)
    let current = navigator.position(of: state.phase)
    elapsed = state.elapsed(at: clock)
    planned = interviewProtocol.duration.map { Double($0.value.seconds) }
    stepTime = current.map { state.timeOnStep($0.id, at: clock) } ?? 0
    stepBudget = current.flatMap(Self.budget)
    let seen = navigator.conditionAnswers(state.answers)
    let positions = navigator.positions.filter {
      (!$0.isAttribute && navigator.isShown($0, seen: seen)) || $0.id == current?.id
    }
    let here = positions.firstIndex { $0.id == current?.id }
    let ahead = here.map { Array(positions[($0 + 1)...]) } ?? (current == nil ? [] : positions)
    let behind = here.map { Array(positions[..<$0]) } ?? []
    let usedOfBudget = min(stepTime, stepBudget ?? 0)
    let budgetsAhead = ahead.compactMap(Self.budget).reduce(0, +) + (stepBudget ?? 0) - usedOfBudget
    questionsLeft = ((current.map { [$0] } ?? []) + ahead).filter(Self.isQuestion).count
    if let planned {
      timeLeft = planned - elapsed
      overPlan = elapsed + budgetsAhead - planned
    } else {
      timeLeft = nil
      let budgetsBefore = behind.compactMap(Self.budget).reduce(0, +)
      let anyBudget = navigator.positions.contains { Self.budget($0) != nil }
      overPlan = anyBudget ? elapsed - budgetsBefore - usedOfBudget : 0
    }
    if state.isEnded { overPlan = 0 }
  }

  /// The plain "behind schedule" sentence, or nil when within a minute of the plan.
  var behindMessage: String? {
    let over = ClockFormat.wholeMinutes(overPlan)
    guard overPlan >= 60 else { return nil }
    let questions = questionsLeft == 1 ? "1 question" : "\(questionsLeft) questions"
    guard let timeLeft else { return "\(over) min over plan" }
    if timeLeft < 60 {
      return questionsLeft == 0
        ? "\(over) min over plan — no planned time left"
        : "\(over) min over plan — no planned time left, \(questions) to go"
    }
    let left = "\(ClockFormat.wholeMinutes(timeLeft)) min left"
    return questionsLeft == 0
      ? "\(over) min over plan — \(left)" : "\(over) min over plan — \(left) for \(questions)"
  }

  static func budget(_ position: SessionPosition) -> Double? {
    guard case .step(_, let flat) = position else { return nil }
    switch flat.step.kind {
    case .question(let question): return question.budget.map { Double($0.value.seconds) }
    case .checklist(let checklist): return checklist.budget.map { Double($0.value.seconds) }
    default: return nil
    }
  }

  static func isQuestion(_ position: SessionPosition) -> Bool {
    guard case .step(_, let flat) = position else { return false }
    switch flat.step.kind {
    case .question, .item: return true
    default: return false
    }
  }
}

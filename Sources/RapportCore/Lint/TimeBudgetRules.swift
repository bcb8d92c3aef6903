/// The time plan: per-step budgets should fit in the planned duration, and every question
/// should have a budget once the protocol plans one.
enum TimeBudgetRules {
  static func check(_ context: LintContext) -> [Diagnostic] {
    guard let duration = context.model.duration else { return [] }
    var diagnostics: [Diagnostic] = []
    var total = 0
    var crossing: SourceLocation?
    for flat in context.flat {
      let budget: Located<PlannedDuration>?
      switch flat.step.kind {
      case .question(let question):
        budget = question.budget
        if budget == nil {
          diagnostics.append(
            .warning(
              "no-budget",
              "question '\(flat.step.id.value)' has no 'budget', but the protocol plans "
                + "'duration: \(duration.value)'", at: flat.step.location))
        }
      case .checklist(let checklist):
        budget = checklist.budget
      default:
        budget = nil
      }
      guard let budget else { continue }
      total += budget.value.seconds
      if total > duration.value.seconds, crossing == nil { crossing = budget.location }
    }
    if let crossing {
      let excess = PlannedDuration(seconds: total - duration.value.seconds)
      diagnostics.append(
        .warning(
          "over-budget",
          "time budgets add up to \(PlannedDuration(seconds: total)), \(excess) more than the "
            + "planned duration of \(duration.value)", at: crossing,
          notes: [.init("the planned duration is set here", at: duration.location)]))
    }
    return diagnostics
  }
}

/// Steps that can never be shown: after an `end` that is always reached, or under a
/// `when:` that is always false.
enum ReachabilityRules {
  static func check(_ context: LintContext) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    var neverShownSections: Set<String> = []
    for (index, flat) in context.flat.enumerated() {
      let step = flat.step
      if flat.enclosingSections.contains(where: { neverShownSections.contains($0.id.value) }) {
        continue
      }
      if let when = step.when, constantValue(of: when.expression) == false {
        diagnostics.append(
          .error(
            "unreachable-step",
            "step '\(step.id.value)' can never be shown: its 'when:' is always false",
            at: when.location))
        if case .section = step.kind { neverShownSections.insert(step.id.value) }
        continue
      }
      guard case .end = step.kind,
        flat.conditions.allSatisfy({ constantValue(of: $0.expression) == true })
      else { continue }
      // Every step after an end that is always reached is unreachable; report the first.
      guard index + 1 < context.flat.count else { break }
      let next = context.flat[index + 1].step
      diagnostics.append(
        .error(
          "unreachable-step",
          "step '\(next.id.value)' can never be reached: the session always ends at "
            + "step '\(step.id.value)' before it", at: next.location,
          notes: [.init("the session ends here", at: step.location)]))
      break
    }
    return diagnostics
  }

  /// The value an expression always has, whatever the answers; nil when it depends on them.
  static func constantValue(of expression: ConditionExpression) -> Bool? {
    switch expression {
    case .boolean(let value, _):
      return value
    case .not(let operand, _):
      return constantValue(of: operand).map { !$0 }
    case .binary(.and, let lhs, let rhs, _):
      let (left, right) = (constantValue(of: lhs), constantValue(of: rhs))
      if left == false || right == false { return false }
      return left == true && right == true ? true : nil
    case .binary(.or, let lhs, let rhs, _):
      let (left, right) = (constantValue(of: lhs), constantValue(of: rhs))
      if left == true || right == true { return true }
      return left == false && right == false ? false : nil
    default:
      return nil
    }
  }
}

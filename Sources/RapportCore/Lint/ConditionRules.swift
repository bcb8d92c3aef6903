/// `when:` and `constraint:` may only name answerable items that come earlier (a constraint
/// may also name its own item), and must type-check against them.
enum ConditionRules {
  static func check(_ context: LintContext) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    for (position, attribute) in context.model.participant.attributes.enumerated() {
      if let when = attribute.when {
        diagnostics += check(when, "when", position: position, allowingSelf: false, context)
      }
    }
    for (index, flat) in context.flat.enumerated() {
      if let when = flat.step.when {
        diagnostics += check(
          when, "when", position: context.position(ofStepAt: index), allowingSelf: false, context)
      }
    }
    context.forEachPositionedItem { position, item in
      if let constraint = item.constraint {
        diagnostics += check(
          constraint, "constraint", position: position, allowingSelf: true, context)
      }
    }
    return diagnostics
  }

  private static func check(
    _ condition: Condition, _ key: String, position: Int, allowingSelf: Bool,
    _ context: LintContext
  ) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    var reported: Set<TextRange> = []
    for (name, range) in condition.expression.names {
      let at = condition.location.advanced(by: range.start)
      if context.skippedIDs.contains(name) {
        reported.insert(range)
        continue
      }
      guard let definition = context.definitions[name] else {
        var message = "unknown item '\(name)' in '\(key):'"
        if let guess = SpellingSuggestion.closest(to: name, among: context.answerableIDs) {
          message += " (did you mean '\(guess)'?)"
        }
        diagnostics.append(.error("unknown-reference", message, at: at))
        reported.insert(range)
        continue
      }
      // Worded only when reported: most names are fine.
      func definedHere() -> Diagnostic.Note {
        Diagnostic.Note("'\(name)' is defined here", at: definition.location)
      }
      if let kind = definition.unanswerableKind {
        diagnostics.append(
          .error(
            "not-answerable",
            "'\(key):' names '\(name)', \(phrase(kind)) with no answer to test; "
              + "name survey items and participant attributes", at: at, notes: [definedHere()]))
        reported.insert(range)
      } else if definition.position > position || (definition.position == position && !allowingSelf)
      {
        let which = definition.position == position ? "this step itself" : "a later step"
        diagnostics.append(
          .error(
            "forward-reference",
            "'\(key):' names '\(name)', which is \(which) and has no answer yet", at: at,
            notes: definition.position == position ? [] : [definedHere()]))
        reported.insert(range)
      }
    }
    for error in ExpressionTypeChecker.check(condition.expression, items: context.signatures)
    where !reported.contains(error.range) {
      diagnostics.append(
        .error(
          "expression-type", error.message, at: condition.location.advanced(by: error.range.start)
        ))
    }
    return diagnostics
  }

  private static func phrase(_ kind: String) -> String {
    switch kind {
    case "question": "an open question"
    case "end": "an end step"
    default: "a \(kind)"
    }
  }
}

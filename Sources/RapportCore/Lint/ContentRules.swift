/// What a participant or interviewer would trip over in a step's content: choices with no
/// or repeated options, ranges that cannot be met, checklists with nothing to tick.
enum ContentRules {
  static func check(_ context: LintContext) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    context.forEachPositionedItem { _, item in
      diagnostics += checkOptions(item) + checkRange(item)
    }
    for flat in context.flat {
      if case .checklist(let checklist) = flat.step.kind, checklist.items.isEmpty {
        diagnostics.append(
          .warning(
            "empty-checklist", "checklist '\(flat.step.id.value)' has no items to tick off",
            at: checklist.title.location))
      }
    }
    return diagnostics
  }

  private static func checkOptions(_ item: SurveyItem) -> [Diagnostic] {
    guard item.type.hasOptions else { return [] }
    guard !item.options.isEmpty else {
      return [
        .error(
          "no-options", "\(item.type.rawValue) item '\(item.id.value)' has no options",
          at: item.location)
      ]
    }
    var diagnostics: [Diagnostic] = []
    var values: [String: SourceLocation] = [:]
    var labels: [String: SourceLocation] = [:]
    func repeated(_ what: String, _ text: String, _ at: SourceLocation, first: SourceLocation) {
      diagnostics.append(
        .error(
          "duplicate-option", "duplicate option \(what)'\(text)' in '\(item.id.value)'", at: at,
          notes: [.init("first written here", at: first)]))
    }
    for option in item.options {
      // A plain `- Label` option is its own value: call it just an option.
      let plain = option.value.location == option.label.location
      if let first = values[option.value.value] {
        repeated(plain ? "" : "value ", option.value.value, option.value.location, first: first)
      } else if let first = labels[option.label.value] {
        repeated("label ", option.label.value, option.label.location, first: first)
      }
      values[option.value.value] = values[option.value.value] ?? option.value.location
      labels[option.label.value] = labels[option.label.value] ?? option.label.location
    }
    if let other = item.other, let first = labels[other.value] ?? values[other.value] {
      diagnostics.append(
        .error(
          "duplicate-option",
          "'other' label '\(other.value)' is also an option of '\(item.id.value)'",
          at: other.location, notes: [.init("first written here", at: first)]))
    }
    return diagnostics
  }

  private static func checkRange(_ item: SurveyItem) -> [Diagnostic] {
    guard let min = item.min, let max = item.max, min.value > max.value else { return [] }
    let format = ConditionExpression.format
    return [
      .error(
        "bad-range",
        "'min' (\(format(min.value))) is greater than 'max' (\(format(max.value))) in "
          + "'\(item.id.value)'", at: min.location,
        notes: [.init("'max' is set here", at: max.location)])
    ]
  }
}

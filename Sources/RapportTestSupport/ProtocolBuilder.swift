import RapportCore

/// Terse constructors for hand-built protocols in tests (every value placed at line 1).
public enum ProtocolBuilder {
  public static let here = SourceLocation(file: "fixture.yaml", line: 1, column: 1)

  public static func at<Value: Sendable>(_ value: Value) -> Located<Value> {
    Located(value, at: here)
  }

  /// A parsed `when:` or `constraint:`; a fixture with a bad expression is a test bug.
  public static func condition(_ source: String) -> Condition {
    switch ExpressionParser.parse(source) {
    case .success(let expression):
      return Condition(source: source, location: here, expression: expression)
    case .failure(let error):
      preconditionFailure("fixture expression '\(source)': \(error)")
    }
  }

  public static func question(
    _ id: String, label: String? = nil, ask: String, prompts: [String] = [],
    rephrase: [String] = [], roundUp: String? = nil, budget: String? = nil, note: String? = nil
  ) -> Step {
    let question = OpenQuestion(
      label: label.map(at), ask: at(ask), prompts: prompts.map(at), rephrasings: rephrase.map(at),
      roundUp: roundUp.map(at), budget: budget.flatMap(PlannedDuration.init(parsing:)).map(at),
      note: note.map(at))
    return Step(id: at(id), kind: .question(question), location: here)
  }

  /// Checklist items as `(text, required)`.
  public static func checklist(
    _ id: String, title: String, items: [(String, Bool)], note: String? = nil
  ) -> Step {
    let checklist = Checklist(
      title: at(title), items: items.map { ChecklistItem(text: at($0.0), required: $0.1) },
      note: note.map(at))
    return Step(id: at(id), kind: .checklist(checklist), location: here)
  }

  public static func marker(_ id: String, _ text: String, startsRecording: Bool = false) -> Step {
    let marker = Marker(text: at(text), action: startsRecording ? .startsRecording : nil)
    return Step(id: at(id), kind: .marker(marker), location: here)
  }

  public static func end(_ id: String, when: String? = nil, _ text: String) -> Step {
    Step(id: at(id), when: when.map(condition), kind: .end(EndStep(text: at(text))), location: here)
  }

  public static func section(_ id: String, title: String, when: String? = nil, _ steps: [Step])
    -> Step
  {
    Step(
      id: at(id), when: when.map(condition),
      kind: .section(Section(title: at(title), steps: steps)), location: here)
  }

  /// A survey item; options as `value: label` pairs (equal when written as a bare label).
  public static func item(
    _ id: String, _ type: ItemType, ask: String, options: [(String, String)] = [],
    other: String? = nil, min: Double? = nil, max: Double? = nil, required: Bool = false,
    constraint: String? = nil, constraintMessage: String? = nil, when: String? = nil
  ) -> SurveyItem {
    SurveyItem(
      id: at(id), type: type, ask: at(ask),
      options: options.map { ChoiceOption(value: at($0.0), label: at($0.1)) },
      other: other.map(at), min: min.map(at), max: max.map(at), required: required,
      constraint: constraint.map(condition), constraintMessage: constraintMessage.map(at),
      when: when.map(condition), location: here)
  }

  public static func step(_ item: SurveyItem) -> Step {
    Step(id: item.id, when: item.when, kind: .item(item), location: here)
  }

  public static func labels(_ labels: String...) -> [(String, String)] {
    labels.map { ($0, $0) }
  }
}

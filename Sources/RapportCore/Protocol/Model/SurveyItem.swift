/// A typed question with an answer the runner checks: a choice, a number, a date, consent.
public struct SurveyItem: Equatable, Sendable {
  public var id: Located<String>
  public var type: ItemType
  /// The question as asked.
  public var ask: Located<String>
  /// Choices for single- and multiple-choice items, in display order.
  public var options: [ChoiceOption]
  /// When set, an extra choice with this label lets the participant write their own answer.
  public var other: Located<String>?
  /// Lower and upper bounds for integer, number and scale items (inclusive).
  public var min: Located<Double>?
  public var max: Located<Double>?
  /// Words for the ends of a scale, e.g. "Strongly disagree" / "Strongly agree".
  public var minLabel: Located<String>?
  public var maxLabel: Located<String>?
  public var required: Bool
  /// Must hold once answered; the item's own id names its value.
  public var constraint: Condition?
  public var constraintMessage: Located<String>?
  /// For the interviewers only.
  public var note: Located<String>?
  /// Shown only when this holds (copied from the step for attributes and steps alike).
  public var when: Condition?
  public var location: SourceLocation

  public init(
    id: Located<String>, type: ItemType, ask: Located<String>, options: [ChoiceOption] = [],
    other: Located<String>? = nil, min: Located<Double>? = nil, max: Located<Double>? = nil,
    minLabel: Located<String>? = nil, maxLabel: Located<String>? = nil, required: Bool = false,
    constraint: Condition? = nil, constraintMessage: Located<String>? = nil,
    note: Located<String>? = nil, when: Condition? = nil, location: SourceLocation
  ) {
    self.id = id
    self.type = type
    self.ask = ask
    self.options = options
    self.other = other
    self.min = min
    self.max = max
    self.minLabel = minLabel
    self.maxLabel = maxLabel
    self.required = required
    self.constraint = constraint
    self.constraintMessage = constraintMessage
    self.note = note
    self.when = when
    self.location = location
  }
}

/// The kinds of answer a survey item takes, spelled as protocol files spell them.
public enum ItemType: String, Equatable, Sendable, CaseIterable, Codable {
  case singleChoice = "single-choice"
  case multipleChoice = "multiple-choice"
  case text
  case integer
  case number
  case scale
  case date
  case yesNo = "yes-no"
  case consent

  /// The type an expression sees when it names an item of this kind.
  public var valueType: ValueType {
    switch self {
    case .singleChoice, .text: .text
    case .multipleChoice: .textSet
    case .integer, .number, .scale: .number
    case .date: .date
    case .yesNo, .consent: .boolean
    }
  }

  public var hasOptions: Bool { self == .singleChoice || self == .multipleChoice }
  public var hasRange: Bool { self == .integer || self == .number || self == .scale }
}

/// One choice of a choice item: the short value expressions and exports use, and the
/// label read out. Written as `- Label` (value and label the same) or `- value: Label`.
public struct ChoiceOption: Equatable, Sendable {
  public var value: Located<String>
  public var label: Located<String>

  public init(value: Located<String>, label: Located<String>) {
    self.value = value
    self.label = label
  }

  /// An option whose value is its label.
  public init(_ label: Located<String>) {
    self.value = label
    self.label = label
  }
}

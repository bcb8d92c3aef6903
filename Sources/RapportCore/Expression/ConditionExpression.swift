/// The syntax tree of a `when:` or `constraint:` expression.
///
/// The language is small on purpose: names of earlier items, literals, comparisons,
/// `in`, `and`, `or`, `not` and parentheses. It is parsed, type-checked and interpreted;
/// nothing in a protocol file is ever run as code.
public indirect enum ConditionExpression: Equatable, Sendable {
  case number(Double, TextRange)
  case string(String, TextRange)
  case boolean(Bool, TextRange)
  /// `["a", "b"]`, for `school in ["A", "B"]`.
  case list([ConditionExpression], TextRange)
  /// An item or participant attribute id.
  case name(String, TextRange)
  case not(ConditionExpression, TextRange)
  case binary(BinaryOperator, ConditionExpression, ConditionExpression, TextRange)

  /// Where this node sits in the expression text.
  public var range: TextRange {
    switch self {
    case .number(_, let r), .string(_, let r), .boolean(_, let r), .list(_, let r),
      .name(_, let r), .not(_, let r), .binary(_, _, _, let r):
      r
    }
  }

  /// Every item id the expression names, in order of appearance.
  public var names: [(name: String, range: TextRange)] {
    switch self {
    case .number, .string, .boolean: []
    case .name(let name, let range): [(name, range)]
    case .list(let elements, _): elements.flatMap(\.names)
    case .not(let operand, _): operand.names
    case .binary(_, let lhs, let rhs, _): lhs.names + rhs.names
    }
  }
}

/// Character offsets (zero-based, in Unicode characters) into an expression's text.
public struct TextRange: Hashable, Sendable {
  public var start: Int
  public var end: Int

  public init(start: Int, end: Int) {
    self.start = start
    self.end = end
  }
}

public enum BinaryOperator: String, Equatable, Sendable, CaseIterable {
  case equal = "=="
  case notEqual = "!="
  case less = "<"
  case lessOrEqual = "<="
  case greater = ">"
  case greaterOrEqual = ">="
  case `in` = "in"
  case and = "and"
  case or = "or"
}

/// What an expression sees of an answer, and what an answer may be.
public enum ValueType: String, Equatable, Sendable {
  case text
  case textSet = "list of text"
  case number
  case date
  case boolean
}

/// A recorded answer to a survey item or participant attribute.
public enum AnswerValue: Equatable, Sendable, Codable, Hashable {
  case text(String)
  case number(Double)
  /// Choices of a multiple-choice item, in display order; "other" text included as written.
  case choices([String])
  case boolean(Bool)
  /// An ISO 8601 calendar date, `YYYY-MM-DD`.
  case date(String)
}

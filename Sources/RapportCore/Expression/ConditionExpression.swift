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

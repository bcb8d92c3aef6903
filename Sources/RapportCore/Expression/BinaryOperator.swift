/// The operators between two operands of an expression, spelled as a protocol writes them.
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

/// What an expression sees of an answer, and what an answer may be.
public enum ValueType: String, Equatable, Sendable {
  case text
  case textSet = "list of text"
  case number
  case date
  case boolean
}

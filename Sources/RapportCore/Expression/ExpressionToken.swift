/// One word of an expression as the lexer sees it.
struct ExpressionToken: Equatable, Sendable {
  enum Kind: Equatable, Sendable {
    case number(Double)
    case string(String)
    /// An item id, or a keyword (`and`, `or`, `not`, `in`, `true`, `false`).
    case word(String)
    /// `==`, `!=`, `<`, `<=`, `>`, `>=`.
    case comparison(BinaryOperator)
    case openParen
    case closeParen
    case openBracket
    case closeBracket
    case comma
    case end
  }

  var kind: Kind
  var range: TextRange
  /// The token exactly as written, for quoting it in messages.
  var text: String

  /// True for the keyword `keyword`, spelled in lowercase.
  func isKeyword(_ keyword: String) -> Bool {
    if case .word(keyword) = kind { return true }
    return false
  }

  static let keywords: Set<String> = ["and", "or", "not", "in", "true", "false"]
}

/// Turns the text of a `when:` or `constraint:` into a syntax tree, or one error that
/// points at the exact characters at fault.
///
/// Recursive descent with precedence `or` < `and` < `not` < comparison/`in` < operand.
/// Nesting is bounded so that a hostile file cannot exhaust the stack.
public enum ExpressionParser {
  /// Deepest nesting of parentheses, lists and `not` accepted.
  public static let maximumDepth = 64
  /// Longest expression accepted, in characters; keeps every walk over the tree shallow.
  public static let maximumLength = 2_000

  public static func parse(_ source: String) -> Result<ConditionExpression, ExpressionError> {
    let length = source.count
    guard length <= maximumLength else {
      return .failure(
        ExpressionError(
          "expression is too long (more than \(maximumLength) characters)",
          at: TextRange(start: 0, end: length)))
    }
    switch ExpressionLexer.tokenize(source) {
    case .failure(let error):
      return .failure(error)
    case .success(let tokens):
      var parser = Parser(tokens: tokens)
      do {
        let expression = try parser.parseExpression()
        try parser.expectEnd()
        return .success(expression)
      } catch {
        return .failure(error)
      }
    }
  }
}

private struct Parser {
  let tokens: [ExpressionToken]
  var index = 0
  var depth = 0

  init(tokens: [ExpressionToken]) {
    self.tokens = tokens
  }

  var current: ExpressionToken { tokens[index] }
  var previous: ExpressionToken? { index > 0 ? tokens[index - 1] : nil }

  mutating func advance() -> ExpressionToken {
    let token = tokens[index]
    if index < tokens.count - 1 { index += 1 }
    return token
  }

  mutating func parseExpression() throws(ExpressionError) -> ConditionExpression {
    try parseOr()
  }

  mutating func parseOr() throws(ExpressionError) -> ConditionExpression {
    var lhs = try parseAnd()
    while current.isKeyword("or") {
      _ = advance()
      let rhs = try parseAnd()
      lhs = .binary(.or, lhs, rhs, span(lhs, rhs))
    }
    return lhs
  }

  mutating func parseAnd() throws(ExpressionError) -> ConditionExpression {
    var lhs = try parseNot()
    while current.isKeyword("and") {
      _ = advance()
      let rhs = try parseNot()
      lhs = .binary(.and, lhs, rhs, span(lhs, rhs))
    }
    return lhs
  }

  mutating func parseNot() throws(ExpressionError) -> ConditionExpression {
    guard current.isKeyword("not") else { return try parseComparison() }
    let keyword = advance()
    try enter(keyword)
    defer { depth -= 1 }
    let operand = try parseNot()
    return .not(operand, TextRange(start: keyword.range.start, end: operand.range.end))
  }

  mutating func parseComparison() throws(ExpressionError) -> ConditionExpression {
    let lhs = try parseOperand()
    let op: BinaryOperator
    if case .comparison(let comparison) = current.kind {
      op = comparison
    } else if current.isKeyword("in") {
      op = .in
    } else {
      return lhs
    }
    _ = advance()
    let rhs = try parseOperand()
    if case .comparison = current.kind {
      throw ExpressionError(
        "comparisons cannot be chained: '\(current.text)' after '\(op.rawValue)' (use 'and')",
        at: current.range)
    }
    if current.isKeyword("in") {
      throw ExpressionError(
        "comparisons cannot be chained: 'in' after '\(op.rawValue)' (use 'and')",
        at: current.range)
    }
    return .binary(op, lhs, rhs, span(lhs, rhs))
  }

  mutating func parseOperand() throws(ExpressionError) -> ConditionExpression {
    let token = current
    switch token.kind {
    case .number(let value):
      _ = advance()
      return .number(value, token.range)
    case .string(let value):
      _ = advance()
      return .string(value, token.range)
    case .word("true"), .word("false"):
      _ = advance()
      return .boolean(token.text == "true", token.range)
    case .word(let name) where !ExpressionToken.keywords.contains(name):
      if ExpressionToken.keywords.contains(name.lowercased()) { throw unexpected(token) }
      _ = advance()
      return .name(name, token.range)
    case .openParen:
      _ = advance()
      try enter(token)
      defer { depth -= 1 }
      let inner = try parseExpression()
      guard current.kind == .closeParen else {
        throw missingClose(")", opener: token)
      }
      _ = advance()
      return inner
    case .openBracket:
      return try parseList()
    default:
      throw missingOperand()
    }
  }

  mutating func parseList() throws(ExpressionError) -> ConditionExpression {
    let open = advance()
    try enter(open)
    defer { depth -= 1 }
    var elements: [ConditionExpression] = []
    if current.kind != .closeBracket {
      elements.append(try parseExpression())
      while current.kind == .comma {
        _ = advance()
        elements.append(try parseExpression())
      }
    }
    guard current.kind == .closeBracket else {
      throw missingClose("]", opener: open)
    }
    let close = advance()
    return .list(elements, TextRange(start: open.range.start, end: close.range.end))
  }

  func expectEnd() throws(ExpressionError) {
    guard current.kind != .end else { return }
    throw unexpected(current)
  }

  mutating func enter(_ token: ExpressionToken) throws(ExpressionError) {
    depth += 1
    guard depth <= ExpressionParser.maximumDepth else {
      throw ExpressionError(
        "expression is nested too deeply (more than \(ExpressionParser.maximumDepth) levels)",
        at: token.range)
    }
  }

  func span(_ lhs: ConditionExpression, _ rhs: ConditionExpression) -> TextRange {
    TextRange(start: lhs.range.start, end: rhs.range.end)
  }

  /// An operand was expected at the current token.
  func missingOperand() -> ExpressionError {
    guard let previous else {
      if current.kind == .end {
        return ExpressionError("expected an expression", at: current.range)
      }
      return unexpected(current)
    }
    return ExpressionError("expected an operand after '\(previous.text)'", at: current.range)
  }

  func missingClose(_ close: String, opener: ExpressionToken) -> ExpressionError {
    if current.kind == .end {
      return ExpressionError("expected '\(close)' to close '\(opener.text)'", at: current.range)
    }
    return unexpected(current, expecting: "'\(close)' to close '\(opener.text)'")
  }

  func unexpected(_ token: ExpressionToken, expecting: String? = nil) -> ExpressionError {
    if case .word(let word) = token.kind, ExpressionToken.keywords.contains(word.lowercased()),
      word != word.lowercased()
    {
      return ExpressionError(
        "'\(word)' must be written in lowercase ('\(word.lowercased())')", at: token.range)
    }
    var message = "unexpected '\(token.text)'"
    if let expecting {
      message += " (expected \(expecting))"
    } else {
      switch token.kind {
      case .word(let word) where ExpressionToken.keywords.contains(word):
        break
      case .word, .number, .string, .openParen, .openBracket:
        message += " (missing 'and' or 'or'?)"
      default:
        break
      }
    }
    return ExpressionError(message, at: token.range)
  }
}

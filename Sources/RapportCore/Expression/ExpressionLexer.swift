/// Splits an expression into tokens, explaining the mistakes people make when they
/// write conditions by hand (`=`, `&&`, single or curly quotes).
struct ExpressionLexer {
  private let characters: [Character]
  private var position = 0

  init(_ source: String) {
    characters = Array(source)
  }

  /// All tokens, ending with `.end`, or the first lexical error.
  static func tokenize(_ source: String) -> Result<[ExpressionToken], ExpressionError> {
    var lexer = ExpressionLexer(source)
    var tokens: [ExpressionToken] = []
    while true {
      switch lexer.next() {
      case .failure(let error): return .failure(error)
      case .success(let token):
        tokens.append(token)
        if token.kind == .end { return .success(tokens) }
      }
    }
  }

  private mutating func next() -> Result<ExpressionToken, ExpressionError> {
    while position < characters.count, characters[position].isWhitespace {
      position += 1
    }
    let start = position
    guard position < characters.count else {
      return .success(token(.end, from: start))
    }
    let character = characters[position]
    position += 1
    switch character {
    case "(": return .success(token(.openParen, from: start))
    case ")": return .success(token(.closeParen, from: start))
    case "[": return .success(token(.openBracket, from: start))
    case "]": return .success(token(.closeBracket, from: start))
    case ",": return .success(token(.comma, from: start))
    case "\"": return lexString(from: start)
    case "=", "!", "<", ">", "&", "|", "≠", "≤", "≥": return lexOperator(character, from: start)
    case "“", "”", "„", "‟", "‘", "’", "«", "»":
      return failure(
        "curly quote '\(character)' cannot start a string (type a straight double quote '\"')",
        from: start)
    case "'", "`":
      let name = character == "'" ? "single quote" : "'`'"
      return failure(
        "\(name) cannot start a string (type a straight double quote '\"')", from: start)
    case "-":
      if position < characters.count, characters[position].isASCII,
        characters[position].isNumber
      {
        return lexWord(from: start)
      }
      return failure("'-' is not an operator (there is no arithmetic)", from: start)
    default:
      if Self.isWordCharacter(character) { return lexWord(from: start) }
      return failure("unexpected character '\(character)'", from: start)
    }
  }

  private static func isWordCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber || character == "_" || character == "-"
  }

  /// A number (`3`, `-2`, `4.5`) or a name; item ids may contain `-` and start with digits.
  private mutating func lexWord(from start: Int) -> Result<ExpressionToken, ExpressionError> {
    while position < characters.count,
      Self.isWordCharacter(characters[position]) || characters[position] == "."
    {
      position += 1
    }
    let text = String(characters[start..<position])
    if let number = Self.number(text) {
      return .success(token(.number(number), from: start))
    }
    if text.contains(".") || text.hasPrefix("-") {
      return failure("'\(text)' is not a number or an item id", from: start)
    }
    return .success(token(.word(text), from: start))
  }

  /// Plain decimal numbers only: digits, optionally a `-` before and a fraction after.
  private static func number(_ text: String) -> Double? {
    var digits = Substring(text)
    if digits.hasPrefix("-") { digits = digits.dropFirst() }
    let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2,
      parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } })
    else { return nil }
    return Double(text)
  }

  private mutating func lexString(from start: Int) -> Result<ExpressionToken, ExpressionError> {
    var value = ""
    var sawCurlyQuote: Character?
    while position < characters.count {
      let character = characters[position]
      position += 1
      switch character {
      case "\"":
        return .success(token(.string(value), from: start))
      case "\\":
        let backslash = position - 1
        guard position < characters.count, ["\"", "\\"].contains(characters[position]) else {
          position = min(position + 1, characters.count)
          let escape = String(characters[backslash..<position])
          return failure(
            "unknown escape '\(escape)' (only '\\\"' and '\\\\' are allowed)", from: backslash)
        }
        value.append(characters[position])
        position += 1
      default:
        if character == "”" || character == "“" { sawCurlyQuote = character }
        value.append(character)
      }
    }
    if let curly = sawCurlyQuote {
      return failure(
        "unterminated string (the closing '\(curly)' is a curly quote; type a straight '\"')",
        from: start)
    }
    return failure("unterminated string", from: start)
  }

  private mutating func lexOperator(
    _ first: Character, from start: Int
  ) -> Result<ExpressionToken, ExpressionError> {
    let second = position < characters.count ? characters[position] : nil
    let pair = second.map { String([first, $0]) } ?? String(first)
    let operators: [String: BinaryOperator] = [
      "==": .equal, "!=": .notEqual, "<=": .lessOrEqual, ">=": .greaterOrEqual,
    ]
    if let op = operators[pair] {
      position += 1
      return .success(token(.comparison(op), from: start))
    }
    let mistakes: [String: String] = [
      "=>": "did you mean '>='?", "=<": "did you mean '<='?", "<>": "did you mean '!='?",
      "&&": "use 'and'", "||": "use 'or'",
    ]
    if let hint = mistakes[pair] {
      position += 1
      return failure("'\(pair)' is not an operator (\(hint))", from: start)
    }
    switch first {
    case "<": return .success(token(.comparison(.less), from: start))
    case ">": return .success(token(.comparison(.greater), from: start))
    case "=": return failure("'=' is not an operator (did you mean '=='?)", from: start)
    case "!": return failure("'!' is not an operator (use 'not')", from: start)
    case "&": return failure("'&' is not an operator (use 'and')", from: start)
    case "|": return failure("'|' is not an operator (use 'or')", from: start)
    case "≠": return failure("'≠' is not an operator (did you mean '!='?)", from: start)
    case "≤": return failure("'≤' is not an operator (did you mean '<='?)", from: start)
    default: return failure("'≥' is not an operator (did you mean '>='?)", from: start)
    }
  }

  private func token(_ kind: ExpressionToken.Kind, from start: Int) -> ExpressionToken {
    ExpressionToken(
      kind: kind, range: TextRange(start: start, end: position),
      text: String(characters[start..<position]))
  }

  private func failure(
    _ message: String, from start: Int
  ) -> Result<ExpressionToken, ExpressionError> {
    .failure(ExpressionError(message, at: TextRange(start: start, end: position)))
  }
}

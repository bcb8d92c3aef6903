/// Splits an expression into tokens, explaining the mistakes people make when they
/// write conditions by hand (`=`, `&&`, single or curly quotes).
///
/// Positions are characters. Most conditions are ASCII without `\r` (where one byte is one
/// character), so those are read from their UTF-8 bytes; only others are split into
/// `Character`s.
struct ExpressionLexer {
  private let characters: Characters
  private var position = 0

  init(_ source: String) {
    characters = Characters(source)
  }

  /// The characters of the source: its bytes when each byte is a character.
  private struct Characters {
    private let bytes: [UInt8]
    private let unicode: [Character]?
    let count: Int

    init(_ source: String) {
      let bytes = Array(source.utf8)
      if bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
        self.bytes = bytes
        unicode = nil
        count = bytes.count
      } else {
        self.bytes = []
        let characters = Array(source)
        unicode = characters
        count = characters.count
      }
    }

    subscript(_ index: Int) -> Character {
      if let unicode { return unicode[index] }
      return Character(Unicode.Scalar(bytes[index]))
    }

    /// True when the source is read from its bytes (ASCII, no `\r`).
    var isASCII: Bool { unicode == nil }

    /// The ASCII byte at `index`, or nil for a character outside ASCII.
    func ascii(_ index: Int) -> UInt8? {
      if let unicode { return unicode[index].asciiValue }
      return bytes[index]
    }

    func text(_ start: Int, _ end: Int) -> String {
      if let unicode { return String(unicode[start..<end]) }
      return String(decoding: bytes[start..<end], as: UTF8.self)
    }
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
    while position < characters.count, isWhitespace(at: position) {
      position += 1
    }
    let start = position
    guard position < characters.count else {
      return .success(token(.end, from: start))
    }
    if let byte = characters.ascii(position), let token = nextASCII(byte, from: start) {
      return token
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

  /// The common tokens, told apart by their first byte: a `Character` switch compares
  /// strings case by case. Nil leaves the byte (a `'`, a `-`, anything unexpected) to
  /// `next`, which words the mistakes.
  private mutating func nextASCII(
    _ byte: UInt8, from start: Int
  ) -> Result<ExpressionToken, ExpressionError>? {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
      position += 1
      return lexWord(from: start)
    case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"),
      UInt8(ascii: ","):
      position += 1
      let kind: ExpressionToken.Kind =
        switch byte {
        case UInt8(ascii: "("): .openParen
        case UInt8(ascii: ")"): .closeParen
        case UInt8(ascii: "["): .openBracket
        case UInt8(ascii: "]"): .closeBracket
        default: .comma
        }
      return .success(token(kind, from: start))
    case UInt8(ascii: "\""):
      position += 1
      return lexString(from: start)
    case UInt8(ascii: "="), UInt8(ascii: "!"), UInt8(ascii: "<"), UInt8(ascii: ">"),
      UInt8(ascii: "&"), UInt8(ascii: "|"):
      position += 1
      return lexOperator(Character(Unicode.Scalar(byte)), from: start)
    default:
      return nil
    }
  }

  private static func isWordCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber || character == "_" || character == "-"
  }

  private func isWhitespace(at index: Int) -> Bool {
    if let byte = characters.ascii(index) { return byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
    return characters[index].isWhitespace
  }

  private func isWordCharacter(at index: Int) -> Bool {
    if let byte = characters.ascii(index) {
      return (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
        || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F || byte == 0x2D || byte == 0x2E
    }
    return Self.isWordCharacter(characters[index])
  }

  /// A number (`3`, `-2`, `4.5`) or a name; item ids may contain `-` and start with digits.
  private mutating func lexWord(from start: Int) -> Result<ExpressionToken, ExpressionError> {
    while position < characters.count, isWordCharacter(at: position) {
      position += 1
    }
    let text = characters.text(start, position)
    if let number = Self.number(text) {
      return .success(token(.number(number), from: start))
    }
    let hasDot = characters.isASCII ? text.utf8.contains(UInt8(ascii: ".")) : text.contains(".")
    if hasDot || text.hasPrefix("-") {
      return failure("'\(text)' is not a number or an item id", from: start)
    }
    return .success(token(.word(text), from: start))
  }

  /// Plain decimal numbers only: digits, optionally a `-` before and a fraction after.
  private static func number(_ text: String) -> Double? {
    // Names (the usual word) start with a letter: no split, no parse.
    guard let first = text.utf8.first,
      first == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
    else { return nil }
    // Whole numbers of up to 15 digits (`3`, `-1`, `100`): read from the bytes, exactly
    // what `Double(text)` gives, without splitting the text.
    var whole = 0
    var count = 0
    for byte in text.utf8.dropFirst(first == UInt8(ascii: "-") ? 1 : 0) {
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), count < 15 else {
        count = -1
        break
      }
      whole = whole * 10 + Int(byte - UInt8(ascii: "0"))
      count += 1
    }
    if count > 0 { return Double(first == UInt8(ascii: "-") ? -whole : whole) }
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
          let escape = characters.text(backslash, position)
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
    if second == "=" {
      let comparison: BinaryOperator? =
        switch first {
        case "=": .equal
        case "!": .notEqual
        case "<": .lessOrEqual
        case ">": .greaterOrEqual
        default: nil
        }
      if let comparison {
        position += 1
        return .success(token(.comparison(comparison), from: start))
      }
    }
    let pair = second.map { String([first, $0]) } ?? String(first)
    if let hint = Self.mistakes[pair] {
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

  /// Two-character spellings from other languages, and what to write instead.
  private static let mistakes: [String: String] = [
    "=>": "did you mean '>='?", "=<": "did you mean '<='?", "<>": "did you mean '!='?",
    "&&": "use 'and'", "||": "use 'or'",
  ]

  private func token(_ kind: ExpressionToken.Kind, from start: Int) -> ExpressionToken {
    ExpressionToken(
      kind: kind, range: TextRange(start: start, end: position),
      text: characters.text(start, position))
  }

  private func failure(
    _ message: String, from start: Int
  ) -> Result<ExpressionToken, ExpressionError> {
    .failure(ExpressionError(message, at: TextRange(start: start, end: position)))
  }
}

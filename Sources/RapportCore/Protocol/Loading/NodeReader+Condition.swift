import Yams

extension NodeReader {
  /// Parses a `when:` or `constraint:` value; a syntax error is reported at its exact column.
  mutating func condition(_ fields: Fields, _ key: String) -> Condition? {
    guard let node = fields[key] else { return nil }
    guard case .scalar(let scalar) = node else {
      wrongType(key, node, expected: "an expression such as 'year >= 3'")
      return nil
    }
    let source = scalar.string
    if YAMLValue.classify(scalar) == .null || source.allSatisfy(\.isWhitespace) {
      error("empty-text", "'\(key)' is empty", at: location(node))
      return nil
    }
    let start = expressionStart(of: scalar, at: location(node))
    switch ExpressionParser.parse(source) {
    case .success(let expression):
      return Condition(source: source, location: start, expression: expression)
    case .failure(let failure):
      error("expression-syntax", failure.message, at: start.advanced(by: failure.range.start))
      return nil
    }
  }

  /// Where the expression's first character is: after the quote of a quoted scalar, or on
  /// the first text line of a block scalar (`when: >-`).
  private mutating func expressionStart(
    of scalar: Node.Scalar, at mark: SourceLocation
  ) -> SourceLocation {
    switch scalar.style {
    case .singleQuoted, .doubleQuoted:
      return mark.advanced(by: 1)
    case .literal, .folded:
      let lines = sourceLines()
      var index = mark.line
      while index < lines.count {
        let line = lines[index]
        if let first = line.firstIndex(where: { !$0.isWhitespace }) {
          let column = line.unicodeScalars.distance(from: line.startIndex, to: first) + 1
          return SourceLocation(file: mark.file, line: index + 1, column: column)
        }
        index += 1
      }
      return mark
    default:
      return mark
    }
  }
}

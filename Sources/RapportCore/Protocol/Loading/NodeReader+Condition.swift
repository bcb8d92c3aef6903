extension NodeReader {
  /// Parses a `when:` or `constraint:` value; a syntax error is reported at its exact column.
  mutating func condition(_ fields: Fields, _ key: String) -> Condition? {
    guard let node = fields[key] else { return nil }
    guard tree.kind(node) == .scalar else {
      wrongType(key, node, expected: "an expression such as 'year >= 3'")
      return nil
    }
    let source = tree.string(node)
    let style = tree.style(node)
    if YAMLValue.classify(source, style: style) == .null || Self.isBlank(source) {
      error("empty-text", "'\(key)' is empty", at: location(node))
      return nil
    }
    let start = expressionStart(of: style, at: location(node))
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
    of style: YAMLTree.Style, at mark: SourceLocation
  ) -> SourceLocation {
    switch style {
    case .singleQuoted, .doubleQuoted:
      return mark.advanced(by: 1)
    case .literal, .folded:
      let starts = sourceLineStarts()
      var index = mark.line
      while index < starts.count {
        let line = tree.withText { source in
          let end = index + 1 < starts.count ? Int(starts[index + 1]) - 1 : source.count
          return Substring(String(decoding: source[Int(starts[index])..<end], as: UTF8.self))
        }
        if let first = line.firstIndex(where: { !$0.isWhitespace }) {
          let column = line.unicodeScalars.distance(from: line.startIndex, to: first) + 1
          return SourceLocation(file, line: index + 1, column: column)
        }
        index += 1
      }
      return mark
    default:
      return mark
    }
  }
}

/// Turns where libyaml (or composing its events) stopped into one diagnostic at the place libyaml reports, with
/// its wording made plain, so a syntax error reads like every other lint message.
enum YAMLErrorDiagnostic {
  static func diagnostic(for error: YAMLParseError, text: String, path: String) -> Diagnostic {
    func at(_ mark: YAMLParseError.Mark) -> SourceLocation {
      SourceLocation(file: path, line: mark.line, column: mark.column)
    }
    switch error.stage {
    case .scanner, .parser, .composer:
      let context = error.context
      if context?.text == "expected a single document in the stream" {
        return .error(
          "yaml-syntax", "a second YAML document ('---') starts here; a protocol file holds one",
          at: at(error.mark))
      }
      if startsWithTab(at: error.mark, in: text) {
        return .error(
          "yaml-syntax", "a tab character cannot indent YAML; use spaces", at: at(error.mark))
      }
      var notes: [Diagnostic.Note] = []
      if let context, context.mark != error.mark {
        notes.append(.init("\(plain(context.text)), which starts here", at: at(context.mark)))
      }
      return .error("yaml-syntax", plain(error.problem), at: at(error.mark), notes: notes)
    case .reader:
      var message = plain(error.problem)
      if error.value >= 0 {
        message += " (character U+\(String(error.value, radix: 16, uppercase: true)))"
      }
      return .error(
        "yaml-syntax", message,
        at: location(ofCharacter: characterOffset(ofByte: error.offset, in: text), in: text, path))
    case .duplicateKey:
      return DuplicateKeyLocator.diagnostic(
        key: error.problem, first: at(error.mark), text: text, path: path)
    case .memory:
      return .error(
        "yaml-syntax", "cannot read the YAML: memory error",
        at: SourceLocation(file: path, line: 1, column: 1))
    }
  }

  /// The offset in characters of a byte offset, as Yams computed it (0 when the byte is not
  /// at the start of a character).
  private static func characterOffset(ofByte offset: Int, in text: String) -> Int {
    let index = text.utf8.index(
      text.utf8.startIndex, offsetBy: offset, limitedBy: text.utf8.endIndex)
    guard let index, let position = index.samePosition(in: text) else { return 0 }
    return text.distance(from: text.startIndex, to: position)
  }

  /// True when libyaml stopped at a tab: its own wording ("cannot start any token") hides
  /// the usual cause, a tab used for indentation.
  private static func startsWithTab(at mark: YAMLParseError.Mark, in text: String) -> Bool {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard mark.line >= 1, mark.line - 1 < lines.count else { return false }
    let scalars = Array(lines[mark.line - 1].unicodeScalars)
    return mark.column >= 1 && mark.column - 1 < scalars.count && scalars[mark.column - 1] == "\t"
  }

  static func plain(_ text: String) -> String {
    var result = text.lowercased()
    while result.hasSuffix(".") || result.hasSuffix(" ") { result.removeLast() }
    return result
  }

  private static func location(
    ofCharacter offset: Int, in text: String, _ path: String
  ) -> SourceLocation {
    var line = 1
    var column = 1
    for character in text.prefix(offset) {
      if character == "\n" || character == "\r\n" {
        line += 1
        column = 1
      } else {
        column += character.unicodeScalars.count
      }
    }
    return SourceLocation(file: path, line: line, column: column)
  }
}

import Yams

/// Turns what Yams (libyaml) throws into one diagnostic at the place libyaml reports, with
/// its wording made plain, so a syntax error reads like every other lint message.
enum YAMLErrorDiagnostic {
  static func diagnostic(for error: any Error, text: String, path: String) -> Diagnostic {
    func at(_ mark: Mark) -> SourceLocation {
      SourceLocation(file: path, line: mark.line, column: mark.column)
    }
    guard let error = error as? YamlError else {
      return .error(
        "yaml-syntax", "cannot read the YAML: \(error)",
        at: SourceLocation(file: path, line: 1, column: 1))
    }
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      if context?.text == "expected a single document in the stream" {
        return .error(
          "yaml-syntax", "a second YAML document ('---') starts here; a protocol file holds one",
          at: at(mark))
      }
      if startsWithTab(at: mark, in: text) {
        return .error("yaml-syntax", "a tab character cannot indent YAML; use spaces", at: at(mark))
      }
      var notes: [Diagnostic.Note] = []
      if let context, context.mark.line != mark.line || context.mark.column != mark.column {
        notes.append(.init("\(plain(context.text)), which starts here", at: at(context.mark)))
      }
      return .error("yaml-syntax", plain(problem), at: at(mark), notes: notes)
    case .reader(let problem, let offset, let value, _):
      var message = plain(problem)
      if value >= 0 { message += " (character U+\(String(value, radix: 16, uppercase: true)))" }
      return .error("yaml-syntax", message, at: location(ofCharacter: offset ?? 0, in: text, path))
    case .duplicatedKeysInMapping(let duplicates, let context):
      return DuplicateKeyLocator.diagnostic(
        key: duplicates.first ?? "", first: at(context.mark), text: text, path: path)
    default:
      return .error(
        "yaml-syntax", "cannot read the YAML: \(plain(String(describing: error)))",
        at: SourceLocation(file: path, line: 1, column: 1))
    }
  }

  /// True when libyaml stopped at a tab: its own wording ("cannot start any token") hides
  /// the usual cause, a tab used for indentation.
  private static func startsWithTab(at mark: Mark, in text: String) -> Bool {
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

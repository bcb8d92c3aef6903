/// Points a duplicate-key error at the second time the key is written.
///
/// Yams reports only the first occurrence; the repeat is the one a designer needs to see,
/// so this looks for the next `key:` written after it at the same indentation or inline.
enum DuplicateKeyLocator {
  static func diagnostic(
    key: String, first: SourceLocation, text: String, path: String
  ) -> Diagnostic {
    let message = "duplicate key '\(key)' in the same mapping"
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard first.line >= 1, first.line <= lines.count else {
      return .error("duplicate-key", message, at: first)
    }
    // Later on the same line (flow mappings) first, then later lines at the same column.
    let firstLine = Array(lines[first.line - 1].unicodeScalars)
    let afterFirst = min(firstLine.count, first.column - 1 + key.unicodeScalars.count)
    if let column = keyColumn(key, in: firstLine, from: afterFirst, sameColumnOnly: nil) {
      return repeated(message, first, SourceLocation(file: path, line: first.line, column: column))
    }
    for index in first.line..<lines.count {
      let scalars = Array(lines[index].unicodeScalars)
      if let column = keyColumn(key, in: scalars, from: 0, sameColumnOnly: first.column) {
        return repeated(message, first, SourceLocation(file: path, line: index + 1, column: column))
      }
    }
    return .error("duplicate-key", message, at: first)
  }

  private static func repeated(
    _ message: String, _ first: SourceLocation, _ second: SourceLocation
  ) -> Diagnostic {
    .error("duplicate-key", message, at: second, notes: [.init("first written here", at: first)])
  }

  /// The one-based column where `key:` starts in a line, if it is written there as a key.
  private static func keyColumn(
    _ key: String, in line: [Unicode.Scalar], from start: Int, sameColumnOnly column: Int?
  ) -> Int? {
    let pattern = Array(key.unicodeScalars) + [":"]
    let candidates: [Int] = column.map { [$0 - 1] } ?? Array(start..<line.count)
    for index in candidates where index >= start && index + pattern.count <= line.count {
      guard Array(line[index..<index + pattern.count]) == pattern else { continue }
      let before: Unicode.Scalar = index > 0 ? line[index - 1] : " "
      if [" ", "{", ",", "-"].contains(before) { return index + 1 }
    }
    return nil
  }
}

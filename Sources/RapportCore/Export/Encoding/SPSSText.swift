/// Text as an SPSS (and GNU PSPP) string literal in a syntax file.
///
/// The literal is in `'…'` with `'` doubled, on no more than one line: line breaks and
/// control characters become spaces, since a string cannot span lines and a line that
/// starts with `*` or ends with `.` would change the command. A long literal is split
/// into pieces joined with `+` on indented lines (an indented line continues the command,
/// and each ends in `'` or `+`, never `.`). Labels are cut to SPSS's limits, in UTF-8
/// bytes: 255 for a variable label, 120 for a value label.
enum SPSSText {
  static let variableLabelLimit = 255
  static let valueLabelLimit = 120
  /// Bytes of text in each piece of a split literal.
  static let pieceBytes = 60

  /// A quoted literal of `text`, cut to `limit` bytes first; `indent` starts each new line.
  static func quoted(_ text: String, limit: Int, indent: String = "    ") -> String {
    let line = LabelText.label(text, limit: limit, measure: .utf8Bytes)
    var pieces: [String] = []
    var piece = ""
    for character in line {
      if piece.utf8.count + character.utf8.count > pieceBytes {
        pieces.append(piece)
        piece = ""
      }
      piece.append(character)
    }
    pieces.append(piece)
    return pieces.map { "'" + $0.replacingOccurrences(of: "'", with: "''") + "'" }
      .joined(separator: " +\n" + indent)
  }
}

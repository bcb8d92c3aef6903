/// Text as an R string literal, in ASCII whatever the text.
///
/// In `"…"`: `\` and `"` are escaped, line breaks and tabs are written `\n`, `\r`, `\t`,
/// every other control character and every non-ASCII character as `\u{…}` (or `\U{…}`
/// past U+FFFF), so the script reads the same in any locale and encoding. NUL, which an R
/// string cannot hold, is dropped. R has no label limits: the text is kept whole.
enum RText {
  static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case "\"": out += "\\\""
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\0": continue
      case _ where scalar.isASCII && scalar.value >= 0x20 && scalar.value < 0x7F:
        out.unicodeScalars.append(scalar)
      case _ where scalar.value > 0xFFFF:
        out += "\\U{" + String(scalar.value, radix: 16) + "}"
      default:
        out += "\\u{" + String(scalar.value, radix: 16) + "}"
      }
    }
    return out + "\""
  }

  /// A character vector literal, `c("a", "b")`.
  static func vector(_ texts: [String]) -> String {
    "c(" + texts.map(quoted).joined(separator: ", ") + ")"
  }
}

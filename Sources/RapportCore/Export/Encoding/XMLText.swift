/// Text made safe for XML 1.0 character data and attribute values (Word, ELAN, REFI-QDA).
///
/// XML 1.0 forbids most C0 controls even as character references, so a note holding one
/// would make the whole file unreadable. They, and the other characters a terminal would
/// act on, are written in the visible forms every export uses (`␛`, `␍`, `<U+202E>`, see
/// `HiddenCharacters`); tabs and line breaks (`\r\n` as `\n`) stay.
enum XMLText {
  /// Escapes markup characters and shows controls in their visible forms.
  static func escape(_ text: String) -> String {
    let visible = HiddenCharacters.reveal(text, breaks: .keep, keepTabs: true)
    var out = ""
    out.reserveCapacity(visible.utf8.count)
    for scalar in visible.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}

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
    // Most text has no markup character: it is its own escape, with no walk of scalars.
    guard visible.utf8.contains(where: isMarkup) else { return visible }
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

  private static func isMarkup(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""),
      UInt8(ascii: "'"):
      true
    default: false
    }
  }
}

/// Cue text for WebVTT and SubRip in one pass: every run of line breaks becomes one space
/// (a blank line would end the cue) and `-->` becomes `->` (it would start a timing line).
enum CueText {
  /// One line of cue text; `escapeMarkup` also writes `&`, `<`, `>` as WebVTT references.
  static func oneLine(_ text: String, escapeMarkup: Bool = false) -> String {
    isOneLineAlready(text, escapeMarkup: escapeMarkup)
      ? text : rewritten(text, escapeMarkup: escapeMarkup)
  }

  /// True when `oneLine` would give `text` back unchanged, read from its bytes: ASCII with
  /// no line break and no `>` (so no `-->`), nor `&` or `<` when markup is escaped.
  static func isOneLineAlready(_ text: String, escapeMarkup: Bool) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { bytes in
      for byte in bytes {
        if byte >= 0x80 || byte == 0x0A || byte == 0x0D || byte == UInt8(ascii: ">") {
          return false
        }
        if escapeMarkup, byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") { return false }
      }
      return true
    } ?? false
  }

  /// `oneLine`, scalar by scalar: the rules in full.
  static func rewritten(_ text: String, escapeMarkup: Bool) -> String {
    var out = String.UnicodeScalarView()
    var pendingSpace = false
    var dashes = 0
    for scalar in text.unicodeScalars {
      if scalar == "\n" || scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}" {
        pendingSpace = true
        dashes = 0
        continue
      }
      if pendingSpace {
        out.append(" ")
        pendingSpace = false
      }
      if scalar == ">" && dashes >= 2 {
        out.removeLast(dashes - 1)  // `-->` (or `--->`) becomes `->`
      }
      dashes = scalar == "-" ? dashes + 1 : 0
      switch scalar {
      case "&" where escapeMarkup: out.append(contentsOf: "&amp;".unicodeScalars)
      case "<" where escapeMarkup: out.append(contentsOf: "&lt;".unicodeScalars)
      case ">" where escapeMarkup: out.append(contentsOf: "&gt;".unicodeScalars)
      default: out.append(scalar)
      }
    }
    return String(out)
  }
}

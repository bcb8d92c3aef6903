/// Text from outside the program, made safe to print on a terminal.
///
/// A note, a cue, a protocol's wording, an interviewer's name, a participant id or a field
/// of a hand-edited journal may hold escape sequences (`ESC[2J` clears the screen, OSC 52
/// writes to the clipboard, OSC 0 sets the window title), a bare `\r` that hides the start
/// of a line, or bidirectional overrides that reorder it. Everything shown goes through
/// here first, at the place it is shown: the journal keeps the bytes as typed. Control
/// characters become visible and inert (see `HiddenCharacters` for the exact forms:
/// `␛[2J`, `␍`, `<U+202E>`), and text longer than a limit is cut with its length, e.g.
/// `… (+12,345 characters)`. The program's own styling is added after this, never before.
public enum TerminalText {
  /// How many characters of another terminal's note, flag or cue are shown before it is cut.
  public static let shownLimit = 500

  /// How long one word of a message (an echoed id, command or path) may be before it is cut.
  public static let wordLimit = 300

  /// `text` on one line: each run of line breaks becomes a space, tabs become spaces.
  public static func line(_ text: String, limit: Int? = nil) -> String {
    shown(text, limit: limit, breaks: .space)
  }

  /// `text` with its line breaks kept (as `\n`), tabs as spaces.
  public static func block(_ text: String, limit: Int? = nil) -> String {
    shown(text, limit: limit, breaks: .keep)
  }

  /// A message for the interviewer (feedback, an error): line breaks kept, and every word
  /// longer than `wordLimit` cut, so a 10,000-character id is not echoed whole.
  public static func message(_ text: String) -> String {
    guard text.utf8.count > wordLimit else { return block(text) }
    let words = text.split(separator: " ", omittingEmptySubsequences: false).map {
      word -> String in
      let (kept, omitted) = cut(Substring(word), limit: wordLimit)
      return omitted == 0 ? String(word) : String(kept) + omission(omitted)
    }
    return block(words.joined(separator: " "))
  }

  /// `… (+12,345 characters)`: what stands for the part of a text that is not shown.
  public static func omission(_ count: Int) -> String {
    "… (+\(grouped(count)) character\(count == 1 ? "" : "s"))"
  }

  private static func shown(_ text: String, limit: Int?, breaks: HiddenCharacters.Breaks)
    -> String
  {
    guard let limit else { return HiddenCharacters.reveal(text, breaks: breaks, keepTabs: false) }
    let (kept, omitted) = cut(Substring(text), limit: limit)
    let safe = HiddenCharacters.reveal(String(kept), breaks: breaks, keepTabs: false)
    return omitted == 0 ? safe : safe + omission(omitted)
  }

  /// The first `limit` characters, and how many were left out.
  static func cut(_ text: Substring, limit: Int) -> (kept: Substring, omitted: Int) {
    guard
      let end = text.index(text.startIndex, offsetBy: max(0, limit), limitedBy: text.endIndex),
      end < text.endIndex
    else { return (text, 0) }
    return (text[..<end], text[end...].count)
  }

  /// `12345` as `12,345`, the same in every locale.
  static func grouped(_ number: Int) -> String {
    let digits = String(number)
    var out = ""
    for (offset, digit) in digits.enumerated() {
      if offset > 0, (digits.count - offset) % 3 == 0 { out.append(",") }
      out.append(digit)
    }
    return out
  }
}

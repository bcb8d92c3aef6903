/// Markdown spelling of outside text (protocol wording in the guide, notes, answers and
/// names in the transcript template): the words stay exactly as written, but characters
/// that Markdown would read as formatting are escaped, and control characters are shown
/// in their visible forms (as on a terminal, since Markdown is read with `cat` too).
///
/// The one Markdown escaper: `rapport render --format markdown` and
/// `rapport export --format markdown` both use it, so `*very* upset <angry> # not a
/// heading` reads literally in either.
enum MarkdownText {
  /// Escapes inline formatting; a line break in the text becomes a hard break followed by
  /// `continuation`, so that multi-line text stays inside its list item or blockquote.
  ///
  /// Escaped everywhere: `\`, `` ` ``, `*`, `~`, `<` (no HTML, no autolink), `|` (no
  /// table cell ends), `#` (no heading, and none closed early), `&` before a letter or `#`
  /// (no entity), `_` unless it sits inside a word, and `]` before `(`, `[` or `:` (no
  /// link, image or reference definition; a bare `[00:01:02]` stays as it is, since no
  /// definition can exist when every text in the document went through here). At a line's
  /// start (after spaces): `>`, `+`, `-`, `=`, and the `.` or `)` after digits (no quote,
  /// list or rule).
  ///
  /// `lineStart: false` is for text that never starts a Markdown line (a table cell, text
  /// after a label), where the line-start rules would only add backslashes.
  static func escape(_ text: String, continuation: String = "", lineStart: Bool = true)
    -> String
  {
    if isPlain(text, lineStart: lineStart) { return text }
    return escapeBytes(text, continuation: continuation, lineStart: lineStart)
      ?? escapeEach(text, continuation: continuation, lineStart: lineStart)
  }

  /// True when `escape` would give `text` back unchanged, read from its bytes without a
  /// walk of `Character`s (most notes and answers: prose without markup characters, with
  /// one line, and not starting like a list or quote): printable ASCII only, none of the
  /// characters escaped anywhere, and, at a line's start, a first non-space character that
  /// no line-start rule looks at.
  static func isPlain(_ text: String, lineStart: Bool) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { bytes in
      var startPending = lineStart
      for byte in bytes {
        guard byte >= 0x20, byte < 0x7F, !plainBreakers[Int(byte)] else { return false }
        if startPending, byte != 0x20 {
          if lineStartBreakers[Int(byte)] { return false }
          startPending = false
        }
      }
      return true
    } ?? false
  }

  /// ASCII bytes `escapeEach` may escape wherever they stand (some only by what follows).
  private static let plainBreakers: [Bool] = (0..<128).map { byte in
    Array("\\`*~<|#]&_".utf8).contains(UInt8(byte))
  }

  /// ASCII bytes that a rule looks at when they start a line: quote, list, rule, ordered
  /// list (a digit).
  private static let lineStartBreakers: [Bool] = (0..<128).map { byte in
    Array(">+-=0123456789".utf8).contains(UInt8(byte))
  }

  /// `escape`, character by character: the rules in full.
  static func escapeEach(_ text: String, continuation: String, lineStart: Bool) -> String {
    let visible = HiddenCharacters.reveal(text, breaks: .keep, keepTabs: true)
    var result = ""
    var atLineStart = lineStart
    var digitsAtStart = false
    var previous: Character?
    var characters = visible.makeIterator()
    var next = characters.next()
    while let character = next {
      next = characters.next()
      defer { previous = character }
      if character == "\n" {
        result += "\\\n" + continuation
        atLineStart = true
        digitsAtStart = false
        continue
      }
      if needsEscape(character, previous: previous, next: next, atLineStart: atLineStart)
        || (digitsAtStart && (character == "." || character == ")"))
      {
        result.append("\\")
      }
      result.append(character)
      digitsAtStart = character.isASCII && character.isNumber && (atLineStart || digitsAtStart)
      atLineStart = atLineStart && (character == " " || character == "\t")
    }
    return result
  }

  private static func needsEscape(
    _ character: Character, previous: Character?, next: Character?, atLineStart: Bool
  ) -> Bool {
    switch character {
    case "\\", "`", "*", "~", "<", "|", "#": return true
    case "]": return next == "(" || next == "[" || next == ":"
    case "&": return next.map { $0 == "#" || ($0.isASCII && $0.isLetter) } ?? false
    case "_":
      let inWord =
        (previous?.isLetter == true || previous?.isNumber == true)
        && (next?.isLetter == true || next?.isNumber == true)
      return !inWord
    case ">", "+", "-", "=": return atLineStart
    default: return false
    }
  }

  /// An inline code span that cannot be closed early by backticks inside the text.
  static func code(_ text: String) -> String {
    let text = HiddenCharacters.reveal(text, breaks: .space, keepTabs: false)
    var longest = 0
    var run = 0
    for character in text {
      run = character == "`" ? run + 1 : 0
      longest = max(longest, run)
    }
    let fence = String(repeating: "`", count: longest + 1)
    let padding = text.hasPrefix("`") || text.hasSuffix("`") ? " " : ""
    return fence + padding + text + padding + fence
  }
}

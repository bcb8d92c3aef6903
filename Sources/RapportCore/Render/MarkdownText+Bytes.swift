extension MarkdownText {
  /// `escapeEach`'s rules read from the UTF-8 bytes, for text made only of what needs no
  /// `Character` walk: printable ASCII, tabs and line feeds, and the punctuation that
  /// `showsAsIs` admits (curly quotes, dashes, the ellipsis, the middle dot). Each of those
  /// is a `Character` of its own that is neither a letter nor a digit, and none joins the
  /// character before it, so the rules that look at neighbours (`_`, `&`, `]`) read the
  /// same from bytes. Nil for any other text (`escapeEach` then applies the rules in full).
  static func escapeBytes(_ text: String, continuation: String, lineStart: Bool) -> String? {
    guard showsAsIs(text) else { return nil }
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count + 16)
    var atLineStart = lineStart
    var digitsAtStart = false
    var previous: UInt8 = 0
    var bytes = text.utf8.makeIterator()
    var next = bytes.next()
    while let byte = next {
      next = bytes.next()
      guard byte < 0x80 else {
        // The first byte of an admitted scalar: copied with its continuation bytes.
        out.append(byte)
        while let more = next, more & 0xC0 == 0x80 {
          out.append(more)
          next = bytes.next()
        }
        previous = 0x80
        atLineStart = false
        digitsAtStart = false
        continue
      }
      defer { previous = byte }
      if byte == 0x0A {
        out.append(UInt8(ascii: "\\"))
        out.append(byte)
        out.append(contentsOf: continuation.utf8)
        atLineStart = true
        digitsAtStart = false
        continue
      }
      let isDigit = byte >= 0x30 && byte <= 0x39
      if needsEscape(byte, previous: previous, next: next ?? 0, atLineStart: atLineStart)
        || (digitsAtStart && (byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")")))
      {
        out.append(UInt8(ascii: "\\"))
      }
      out.append(byte)
      digitsAtStart = isDigit && (atLineStart || digitsAtStart)
      atLineStart = atLineStart && (byte == 0x20 || byte == 0x09)
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// True when `text` holds only printable ASCII, tabs, line feeds and the punctuation
  /// `HiddenCharacters.showsAsIs` admits: text that
  /// `HiddenCharacters.reveal(_:breaks: .keep, keepTabs: true)` gives back unchanged.
  static func showsAsIs(_ text: String) -> Bool {
    HiddenCharacters.showsAsIs(text, breaks: .keep, keepTabs: true)
  }

  /// `needsEscape` for an ASCII byte whose neighbours are bytes (0 for none, 0x80 for an
  /// admitted punctuation scalar).
  private static func needsEscape(_ byte: UInt8, previous: UInt8, next: UInt8, atLineStart: Bool)
    -> Bool
  {
    switch byte {
    case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "~"),
      UInt8(ascii: "<"), UInt8(ascii: "|"), UInt8(ascii: "#"):
      return true
    case UInt8(ascii: "]"):
      return next == UInt8(ascii: "(") || next == UInt8(ascii: "[") || next == UInt8(ascii: ":")
    case UInt8(ascii: "&"): return next == UInt8(ascii: "#") || isLetter(next)
    case UInt8(ascii: "_"):
      return !((isLetter(previous) || isDigit(previous)) && (isLetter(next) || isDigit(next)))
    case UInt8(ascii: ">"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "="):
      return atLineStart
    default: return false
    }
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }
}

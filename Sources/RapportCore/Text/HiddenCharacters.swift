/// Characters that act on a terminal or a reader instead of showing, made visible.
///
/// One rule for every place outside text is shown or exported as text, so a note reads the
/// same on the other terminal, in `rapport sessions` and in a `cat`ed export:
/// - C0 controls (U+0000–U+001F) and DEL become their Unicode control pictures
///   (`ESC` → `␛`, bare `\r` → `␍`, NUL → `␀`, DEL → `␡`), one column each, so an escape
///   sequence shows as the harmless text `␛[2J` instead of clearing the screen;
/// - C1 controls (U+0080–U+009F), bidirectional overrides and isolates (U+202A–U+202E,
///   U+2066–U+2069) and other invisible format characters (zero-width space, byte-order
///   mark, soft hyphen, tag characters…) become `<U+202E>`-style code points;
/// - line breaks (`\n`, `\r\n`, U+2028, U+2029) are kept as `\n` or become one space;
///   tabs are kept or become a space, as the caller asks.
///
/// Joiners (U+200C, U+200D), direction marks (U+200E, U+200F, U+061C) and the tag
/// characters of a flag emoji (🏴 + tags) stay: they change how text joins or flows, but
/// hide and reorder nothing. The result never needs revealing again (it is idempotent).
enum HiddenCharacters {
  /// What happens to line breaks.
  enum Breaks {
    /// Every break becomes `\n`.
    case keep
    /// Each run of breaks becomes one space; breaks at the start or end are dropped.
    case space
  }

  /// `text` with every hidden or acting character in its visible form.
  static func reveal(_ text: String, breaks: Breaks, keepTabs: Bool) -> String {
    guard !showsAsIs(text, breaks: breaks, keepTabs: keepTabs),
      text.unicodeScalars.contains(where: { !isPlain($0, breaks, keepTabs) })
    else { return text }
    var out = String.UnicodeScalarView()
    var pendingReturn = false
    var pendingSpace = false
    var inFlag = false
    func lineBreak() {
      switch breaks {
      case .keep: out.append("\n")
      case .space: pendingSpace = !out.isEmpty
      }
    }
    for scalar in text.unicodeScalars {
      if pendingReturn {
        pendingReturn = false
        if scalar == "\n" {
          lineBreak()
          continue
        }
        append("\u{240D}", to: &out, &pendingSpace)
      }
      switch scalar.value {
      case 0x0D:
        pendingReturn = true
        inFlag = false
        continue
      case 0x0A, 0x2028, 0x2029:
        lineBreak()
        inFlag = false
        continue
      case 0x09:
        append(keepTabs ? "\t" : " ", to: &out, &pendingSpace)
      case 0xE0020...0xE007F where inFlag:
        append(String(Character(scalar)), to: &out, &pendingSpace)
        continue
      default:
        append(visible(scalar), to: &out, &pendingSpace)
      }
      inFlag = scalar.value == 0x1F3F4
    }
    if pendingReturn { append("\u{240D}", to: &out, &pendingSpace) }
    return String(out)
  }

  /// `text` revealed with its breaks and tabs kept, cut into lines: the lines of a
  /// transcript's quote, list item or paragraph. Cut at the byte `\n`, which after `reveal`
  /// is exactly the `Character` `\n` (no `\r` is left to pair with it, and nothing joins a
  /// line feed), without walking the text `Character` by `Character`.
  static func lines(_ text: String) -> [String] {
    let visible = reveal(text, breaks: .keep, keepTabs: true)
    guard hasLineFeed(visible) else { return [visible] }
    return visible.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map {
      String(decoding: $0, as: UTF8.self)
    }
  }

  /// Whether `text` holds a line feed, read from its contiguous bytes (the generic
  /// `utf8.contains` steps an iterator byte by byte, 41 M instructions in 100 sessions).
  static func hasLineFeed(_ text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { bytes in
      for byte in bytes where byte == 0x0A { return true }
      return false
    } ?? text.utf8.contains(0x0A)
  }

  /// True when `reveal` would give `text` back unchanged, read from its UTF-8 bytes for
  /// the common case: printable ASCII, line feeds when kept, tabs when kept, and the
  /// punctuation U+00B7, U+2013, U+2014, U+2018, U+2019, U+201C, U+201D and U+2026 (none
  /// hidden). False for anything else, which `reveal` then reads scalar by scalar.
  static func showsAsIs(_ text: String, breaks: Breaks, keepTabs: Bool) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { bytes in
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        index += 1
        if byte >= 0x20 && byte < 0x7F { continue }
        switch byte {
        case 0x0A: guard breaks == .keep else { return false }
        case 0x09: guard keepTabs else { return false }
        case 0xC2:
          guard index < bytes.count, bytes[index] == 0xB7 else { return false }
          index += 1
        case 0xE2:
          guard index + 1 < bytes.count, bytes[index] == 0x80 else { return false }
          switch bytes[index + 1] {
          case 0x93, 0x94, 0x98, 0x99, 0x9C, 0x9D, 0xA6: index += 2
          default: return false
          }
        default: return false
        }
      }
      return true
    } ?? false
  }

  /// The visible form of one scalar (itself when it is safe to show).
  static func visible(_ scalar: Unicode.Scalar) -> String {
    let value = scalar.value
    if value < 0x20, let picture = Unicode.Scalar(0x2400 + value) { return String(picture) }
    if value == 0x7F { return "\u{2421}" }
    if isHidden(scalar) { return codePoint(scalar) }
    return String(scalar)
  }

  /// `<U+202E>`: how a control or format character without a picture is shown.
  static func codePoint(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
  }

  /// C1 controls, noncharacters U+FFFE/U+FFFF and format characters that hide or reorder text.
  static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x80...0x9F, 0xFFFE, 0xFFFF: return true
    case 0x200C...0x200F, 0x061C: return false
    default: return scalar.properties.generalCategory == .format
    }
  }

  private static func isPlain(_ scalar: Unicode.Scalar, _ breaks: Breaks, _ keepTabs: Bool)
    -> Bool
  {
    switch scalar.value {
    case 0x20..<0x7F: return true
    case 0x0A: return breaks == .keep
    case 0x09: return keepTabs
    case 0..<0xA0, 0x2028, 0x2029: return false
    default: return !isHidden(scalar)
    }
  }

  private static func append(
    _ text: String, to out: inout String.UnicodeScalarView, _ pendingSpace: inout Bool
  ) {
    if pendingSpace {
      out.append(" ")
      pendingSpace = false
    }
    out.append(contentsOf: text.unicodeScalars)
  }
}

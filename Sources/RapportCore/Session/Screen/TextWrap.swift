/// Word-wrapping by Unicode characters (grapheme clusters), never dropping text.
///
/// Explicit line breaks are kept; runs of spaces between words collapse to one; a word
/// longer than the line is broken where it must be rather than truncated.
public enum TextWrap {
  /// `text` in lines of at most `width` characters, the first starting with `first`,
  /// the rest with `rest` (indents count towards the width).
  public static func wrap(_ text: String, width: Int, first: String = "", rest: String? = nil)
    -> [String]
  {
    let rest = rest ?? String(repeating: " ", count: first.count)
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = lines.isEmpty ? first : rest
      var lineHasWord = false
      for word in paragraph.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
        var word = Substring(word)
        let spacer = lineHasWord ? 1 : 0
        if line.count + spacer + word.count <= width {
          line += (lineHasWord ? " " : "") + word
          lineHasWord = true
          continue
        }
        if lineHasWord {
          lines.append(line)
          line = rest
          lineHasWord = false
        }
        // Break a word that cannot fit on a line of its own.
        let room = max(1, width - line.count)
        while word.count > room {
          lines.append(line + word.prefix(room))
          word = word.dropFirst(room)
          line = rest
        }
        line += word
        lineHasWord = true
      }
      lines.append(line)
    }
    return lines.map { $0.trimmingTrailingSpaces() }
  }

  /// Short fields joined with ` · `, as many to a line as fit; a field never splits unless
  /// it is wider than the whole line.
  static func pack(_ fields: [String], width: Int, separator: String = " · ") -> [String] {
    var lines: [String] = []
    var line = ""
    for field in fields {
      if line.isEmpty {
        line = field
      } else if line.count + separator.count + field.count <= width {
        line += separator + field
      } else {
        lines.append(line)
        line = field
      }
    }
    if !line.isEmpty { lines.append(line) }
    return lines.flatMap { $0.count > width ? wrap($0, width: width) : [$0] }
  }

  /// Wraps a message; a two-column line (`/b, /back    previous step`) wraps under its
  /// second column, so `/h` stays a table at any width.
  public static func message(_ text: String, width: Int) -> [String] {
    let leading = text.prefix { $0 == " " }.count
    if leading > 0 {
      // The second column's own continuation line.
      let padding = String(repeating: " ", count: min(leading, width / 2))
      return wrap(String(text.dropFirst(leading)), width: width, first: padding, rest: padding)
    }
    guard let gap = text.range(of: "  "), gap.lowerBound > text.startIndex,
      let column = text[gap.lowerBound...].firstIndex(where: { $0 != " " })
    else { return wrap(text, width: width, rest: "  ") }
    let indent = text.distance(from: text.startIndex, to: column)
    // A second column past half the width would leave too little room: one column then.
    guard indent <= width - 16 else {
      return wrap(String(text[..<gap.lowerBound]), width: width)
        + wrap(String(text[column...]), width: width, first: "    ")
    }
    let padding = String(repeating: " ", count: indent)
    let head = String(text[..<column])
    let wrapped = wrap(String(text[column...]), width: max(10, width - indent))
    return wrapped.enumerated().map { index, line in (index == 0 ? head : padding) + line }
  }
}

extension String {
  fileprivate func trimmingTrailingSpaces() -> String {
    var result = self
    while result.last == " " { result.removeLast() }
    return result
  }
}

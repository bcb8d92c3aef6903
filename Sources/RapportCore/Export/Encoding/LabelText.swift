/// A label for a statistics package: on one line, and cut to the package's limit.
///
/// Stata and SPSS keep a label on one line, so every line break, tab and other control
/// character becomes one space. A label past the limit is cut at the last whole character
/// that leaves room for `…`, which marks the cut; the full text stays in the codebook.
enum LabelText {
  /// How a limit is counted: Unicode characters (Stata) or UTF-8 bytes (SPSS).
  enum Measure {
    case scalars, utf8Bytes
  }

  /// `text` on one line and within `limit`.
  static func label(_ text: String, limit: Int, measure: Measure) -> String {
    truncated(oneLine(text), limit: limit, measure: measure)
  }

  /// `text` with each run of control characters (line breaks, tabs, NUL, …) as one space.
  static func oneLine(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      if isControl(scalar) {
        pendingSpace = true
        continue
      }
      if pendingSpace {
        out.append(" ")
        pendingSpace = false
      }
      out.append(scalar)
    }
    return String(out)
  }

  /// `text` cut to `limit`, whole characters only, ending in `…` when cut.
  static func truncated(_ text: String, limit: Int, measure: Measure) -> String {
    func size(_ part: Substring) -> Int {
      measure == .scalars ? part.unicodeScalars.count : part.utf8.count
    }
    guard size(text[...]) > limit else { return text }
    let room = limit - size("…")
    var kept = ""
    var used = 0
    for character in text {
      let length = size(String(character)[...])
      if used + length > room { break }
      kept.append(character)
      used += length
    }
    return kept + "…"
  }

  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .control, .lineSeparator, .paragraphSeparator: true
    default: false
    }
  }
}

/// Word-wraps plain text for the printed text guide.
///
/// Breaks only at ordinary spaces, so a non-breaking space in the protocol keeps its words
/// together; a word longer than the line is left whole rather than cut.
enum TextWrapper {
  /// The text wrapped to `width` characters, the first line after `firstPrefix` and the
  /// rest after `prefix`; line breaks in the text are kept.
  static func wrap(
    _ text: String, width: Int, firstPrefix: String, prefix: String
  ) -> [String] {
    var lines: [String] = []
    var current = firstPrefix
    var currentHasWord = false
    for (index, paragraph) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      if index > 0 {
        lines.append(current)
        current = prefix
        currentHasWord = false
      }
      for word in paragraph.split(separator: " ") {
        if currentHasWord, current.count + 1 + word.count > width {
          lines.append(current)
          current = prefix
          currentHasWord = false
        }
        current += (currentHasWord ? " " : "") + word
        currentHasWord = true
      }
    }
    lines.append(current)
    return lines.map { $0.trimmingTrailingSpaces() }
  }
}

extension String {
  fileprivate func trimmingTrailingSpaces() -> String {
    var result = self
    while result.last == " " { result.removeLast() }
    return result
  }
}

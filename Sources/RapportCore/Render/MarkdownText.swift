/// Markdown spelling of protocol text: the words stay exactly as written, but characters
/// that Markdown would read as formatting are escaped.
enum MarkdownText {
  /// Escapes inline formatting; a line break in the text becomes a hard break followed by
  /// `continuation`, so that multi-line text stays inside its list item or blockquote.
  static func escape(_ text: String, continuation: String = "") -> String {
    var result = ""
    var atLineStart = true
    for character in text {
      if character == "\n" {
        result += "\\\n" + continuation
        atLineStart = true
        continue
      }
      if "\\`*_[]<".contains(character) || (atLineStart && "#>+-=|".contains(character)) {
        result.append("\\")
      }
      result.append(character)
      atLineStart = false
    }
    return result
  }

  /// An inline code span that cannot be closed early by backticks inside the text.
  static func code(_ text: String) -> String {
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

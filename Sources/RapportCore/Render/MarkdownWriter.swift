/// Collects Markdown blocks separated by exactly one blank line.
struct MarkdownWriter {
  private var lines: [String] = []

  /// Adds a block of one line.
  mutating func paragraph(_ line: String) {
    paragraph([line])
  }

  /// Adds a block of consecutive lines, such as a list.
  mutating func paragraph(_ block: [String]) {
    guard !block.isEmpty else { return }
    if !lines.isEmpty { lines.append("") }
    lines.append(contentsOf: block)
  }

  var text: String { lines.joined(separator: "\n") + "\n" }
}

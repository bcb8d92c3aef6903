/// The transcription template as plain UTF-8 text, for transcription software and
/// editors that show Markdown syntax as clutter.
///
/// People `cat` it, so every piece of text shows its control characters in their visible
/// forms (`␛[2J`, `␍`, `<U+202E>`, see `HiddenCharacters`), exactly as a terminal running
/// Rapport shows them; tabs and line breaks stay. The REFI-QDA text source is this text,
/// and its selections are counted in it.
public enum TextExporter {
  public static func export(_ record: SessionRecord) -> String {
    render(TranscriptTemplate.blocks(for: record))
  }

  static func render(_ blocks: [TranscriptTemplate.Block]) -> String {
    blocks.map(render).joined(separator: "\n\n") + "\n"
  }

  static func render(_ block: TranscriptTemplate.Block) -> String {
    switch block {
    case .title(let text): underline(text, "=")
    case .heading(let text): underline(text, "-")
    case .stepHeading(let text): oneLine(text)
    case .fields(let fields):
      aligned(fields.map { [$0.label + ":", $0.value] }, separator: " ")
    case .quote(let text): lines(text).map { "    " + $0 }.joined(separator: "\n")
    case .list(let items):
      items.map { "- " + lines($0).joined(separator: "\n  ") }.joined(separator: "\n")
    case .paragraph(let text): lines(text).joined(separator: "\n")
    case .table(let header, let rows):
      aligned(
        [header] + [header.map { String(repeating: "-", count: $0.count) }] + rows,
        separator: "  ")
    case .speaker(let label): oneLine(label) + "\n"
    }
  }

  private static func underline(_ text: String, _ rule: Character) -> String {
    let line = oneLine(text)
    return line + "\n" + String(repeating: rule, count: line.count)
  }

  /// Rows as columns padded to their widest cell; the last column is never padded.
  private static func aligned(_ rows: [[String]], separator: String) -> String {
    let cells = rows.map { $0.map(oneLine) }
    let columns = cells.map(\.count).max() ?? 0
    let widths = (0..<columns).map { column in
      cells.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0
    }
    return cells.map { row in
      row.enumerated().map { column, cell in
        column == row.count - 1
          ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
      }.joined(separator: separator)
    }.joined(separator: "\n")
  }

  private static func oneLine(_ text: String) -> String {
    HiddenCharacters.reveal(text, breaks: .space, keepTabs: false)
  }

  private static func lines(_ text: String) -> [String] {
    HiddenCharacters.lines(text)
  }
}

/// The transcription template as Markdown (CommonMark with pipe tables), for transcribers
/// who type under each question in any editor, and for reading on a code host.
public enum MarkdownExporter {
  public static func export(_ record: SessionRecord) -> String {
    render(TranscriptTemplate.blocks(for: record))
  }

  static func render(_ blocks: [TranscriptTemplate.Block]) -> String {
    blocks.map(render).joined(separator: "\n\n") + "\n"
  }

  static func render(_ block: TranscriptTemplate.Block) -> String {
    switch block {
    case .title(let text): "# " + inline(text)
    case .heading(let text): "## " + inline(text)
    case .stepHeading(let text): "### " + inline(text)
    case .fields(let fields):
      table(header: ["Field", "Value"], rows: fields.map { [$0.label, $0.value] })
    case .quote(let text): lines(text).map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n")
    case .list(let items):
      items.map { "- " + lines($0).joined(separator: "\n  ") }.joined(separator: "\n")
    case .paragraph(let text): lines(text).joined(separator: "\n")
    case .table(let header, let rows): table(header: header, rows: rows)
    case .speaker(let label): "**\(inline(label))**\n"
    }
  }

  private static func table(header: [String], rows: [[String]]) -> String {
    let head = "| " + header.map(cell).joined(separator: " | ") + " |"
    let rule = "|" + String(repeating: "---|", count: header.count)
    let body = rows.map { "| " + $0.map(cell).joined(separator: " | ") + " |" }
    return ([head, rule] + body).joined(separator: "\n")
  }

  /// A table cell: one line, pipes escaped.
  private static func cell(_ text: String) -> String {
    inline(text).replacingOccurrences(of: "|", with: "\\|")
  }

  /// Text that must stay on one line (headings, cells).
  private static func inline(_ text: String) -> String {
    lines(text).joined(separator: " ")
  }

  private static func lines(_ text: String) -> [String] {
    text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
  }
}

/// The transcription template as Markdown (CommonMark with pipe tables), for transcribers
/// who type under each question in any editor, and for reading on a code host.
///
/// Every piece of text goes through `MarkdownText.escape`, line by line, so a note such as
/// `*very* upset <angry> # not a heading` reads literally and control characters show in
/// their visible forms (`␛[2J`), never acting on a terminal that `cat`s the file.
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

  /// Text that must stay on one line (headings, speaker labels).
  private static func inline(_ text: String) -> String {
    MarkdownText.escape(HiddenCharacters.reveal(text, breaks: .space, keepTabs: false))
  }

  /// A table cell: one line, never at a line's start (`|` is escaped everywhere).
  private static func cell(_ text: String) -> String {
    MarkdownText.escape(
      HiddenCharacters.reveal(text, breaks: .space, keepTabs: false), lineStart: false)
  }

  /// Each line escaped on its own, so the template keeps its line structure.
  private static func lines(_ text: String) -> [String] {
    HiddenCharacters.reveal(text, breaks: .keep, keepTabs: true)
      .split(separator: "\n", omittingEmptySubsequences: false).map {
        MarkdownText.escape(String($0))
      }
  }
}

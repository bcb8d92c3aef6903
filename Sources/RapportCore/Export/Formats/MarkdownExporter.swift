/// The transcription template as Markdown (CommonMark with pipe tables), for transcribers
/// who type under each question in any editor, and for reading on a code host.
///
/// Every piece of text goes through `MarkdownText.escape`, line by line, so a note such as
/// `*very* upset <angry> # not a heading` reads literally and control characters show in
/// their visible forms (`␛[2J`), never acting on a terminal that `cat`s the file.
///
/// The document is written into one buffer (no string per block, line or cell), and text
/// that `MarkdownText.isPlain` says needs nothing (printable ASCII, no markup, one line)
/// is copied as it is, skipping the reveal and the split.
public enum MarkdownExporter {
  public static func export(_ record: SessionRecord) -> String {
    render(TranscriptTemplate.blocks(for: record))
  }

  static func render(_ blocks: [TranscriptTemplate.Block]) -> String {
    var out = ""
    out.reserveCapacity(blocks.count * 96)
    for (index, block) in blocks.enumerated() {
      if index > 0 { out += "\n\n" }
      write(block, into: &out)
    }
    out += "\n"
    return out
  }

  static func render(_ block: TranscriptTemplate.Block) -> String {
    var out = ""
    write(block, into: &out)
    return out
  }

  private static func write(_ block: TranscriptTemplate.Block, into out: inout String) {
    switch block {
    case .title(let text):
      out += "# "
      out += inline(text)
    case .heading(let text):
      out += "## "
      out += inline(text)
    case .stepHeading(let text):
      out += "### "
      out += inline(text)
    case .fields(let fields):
      writeTable(header: ["Field", "Value"], rows: fields.map { [$0.label, $0.value] }, &out)
    case .quote(let text):
      forEachLine(text) { index, line in
        if index > 0 { out += "\n" }
        out += line.isEmpty ? ">" : "> "
        out += line
      }
    case .list(let items):
      for (index, item) in items.enumerated() {
        if index > 0 { out += "\n" }
        out += "- "
        forEachLine(item) { lineIndex, line in
          if lineIndex > 0 { out += "\n  " }
          out += line
        }
      }
    case .paragraph(let text):
      forEachLine(text) { index, line in
        if index > 0 { out += "\n" }
        out += line
      }
    case .table(let header, let rows): writeTable(header: header, rows: rows, &out)
    case .speaker(let label):
      out += "**"
      out += inline(label)
      out += "**\n"
    }
  }

  private static func writeTable(header: [String], rows: [[String]], _ out: inout String) {
    writeRow(header, &out)
    out += "\n|"
    for _ in header { out += "---|" }
    for row in rows {
      out += "\n"
      writeRow(row, &out)
    }
  }

  private static func writeRow(_ cells: [String], _ out: inout String) {
    out += "| "
    for (index, text) in cells.enumerated() {
      if index > 0 { out += " | " }
      out += cell(text)
    }
    out += " |"
  }

  /// Text that must stay on one line (headings, speaker labels).
  private static func inline(_ text: String) -> String {
    if MarkdownText.isPlain(text, lineStart: true) { return text }
    return MarkdownText.escape(HiddenCharacters.reveal(text, breaks: .space, keepTabs: false))
  }

  /// A table cell: one line, never at a line's start (`|` is escaped everywhere).
  private static func cell(_ text: String) -> String {
    if MarkdownText.isPlain(text, lineStart: false) { return text }
    return MarkdownText.escape(
      HiddenCharacters.reveal(text, breaks: .space, keepTabs: false), lineStart: false)
  }

  /// Each line escaped on its own, so the template keeps its line structure; `body` gets
  /// each line's index and its escaped text.
  private static func forEachLine(_ text: String, _ body: (Int, String) -> Void) {
    if MarkdownText.isPlain(text, lineStart: true) { return body(0, text) }
    for (index, line) in HiddenCharacters.lines(text).enumerated() {
      body(index, MarkdownText.escape(line))
    }
  }
}

import Foundation
import RapportCore
import RapportTestSupport
import Testing

/// Notes, answers and names that hold Markdown, XML and terminal controls, through every
/// export: each file says them literally, in its own safe form, and still reads back.
@Suite struct HostileTextExportTests {
  static let markup = "*very* upset <angry> # not a heading"
  /// Every construct Markdown could read into the text, one per line.
  static let everyMarkup = [
    "# heading?", "- list?", "+ plus?", "* star?", "1. ordered?", "2) ordered?", "> quote?", "---",
    "===", "```", "~~~", "[ref]: http://evil.example", "[ref] and [link](http://x) ![i](y)",
    "<http://auto.example> <b>html</b> <!-- comment -->", "&amp; &#42; &copy; R&D",
    "`code` **bold** __under__ _em_ ~~strike~~ snake_case_id", "a | pipe \\ backslash",
    "trailing #", "| a | b |", ":-|-:",
  ].joined(separator: "\n")
  /// Every C0 and C1 control, DEL, escape sequences and bidi overrides.
  static let controls: String = {
    var text = "ctl"
    for value in Array(UInt32(0)..<0x20) + Array(UInt32(0x7F)...0x9F) + [0x202E, 0x2066, 0xFEFF] {
      if let scalar = Unicode.Scalar(value) { text.unicodeScalars.append(scalar) }
    }
    return text
      + "\u{1B}[2J\u{1B}]52;c;cGFzc3dvcmQ=\u{07}\u{1B}]0;pwned\u{1B}\\\u{1B}P1$qm\u{1B}\\end"
  }()
  static let gender = "self \u{1B}[31m\"described\", with\r\nlines\rand, commas"
  static let lead = "HI\u{1B}]0;title\u{07}"

  /// The fixture interview with the hostile notes on q1, a hostile answer and lead name.
  static func record() throws -> SessionRecord {
    var entries = JournalFixtures.interview(gender: gender)
    let index = try #require(
      entries.firstIndex {
        if case .noted(_, .lead, _) = $0.event { return true }
        return false
      })
    let at = entries[index]
    for (offset, text) in [markup, everyMarkup, controls].enumerated() {
      entries.insert(
        JournalEntry(
          seq: at.seq, writer: at.writer, at: at.at.addingTimeInterval(Double(offset + 1)),
          clock: at.clock + Double(offset + 1),
          event: .noted(step: "q1", role: .lead, text: text)), at: index + 1 + offset)
    }
    entries.insert(
      JournalEntry(
        seq: at.seq, writer: at.writer, at: at.at.addingTimeInterval(4), clock: at.clock + 4,
        event: .flagged(step: "q1", text: "flag " + controls)), at: index + 4)
    var record = try SessionRecordBuilder.build(
      entries: entries, outline: JournalFixtures.interviewOutline)
    record.interviewers[0].name = lead
    return record
  }

  struct Markdown: Decodable {
    var headings: [String]
    var items: [String]
    var cells: [String]
    var blocks: [String]
    var inline: [String]
  }

  static func actsOnTerminal(_ text: String) -> Bool {
    text.unicodeScalars.contains { scalar in
      (scalar.value < 0x20 && scalar != "\n" && scalar != "\t")
        || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x202E
    }
  }

  @Test func markdownSaysEveryNoteLiterallyAndAddsNoMarkup() throws {
    let folder = TemporaryFolder()
    let markdown = MarkdownExporter.export(try Self.record())
    #expect(markdown.contains("Note (lead): \\*very\\* upset \\<angry> \\# not a heading\n"))
    let path = try ExportTestSupport.write(markdown, "s.md", in: folder)
    let read = try ExportValidators.read(Markdown.self, "markdown_check.py", [path])
    // Only the template's own markup: bold speaker labels; no link, emphasis or HTML.
    #expect(read.inline == ["strong_close", "strong_open"])
    for kind in ["html_block", "code_block", "fence", "ordered_list_open", "hr"] {
      #expect(!read.blocks.contains(kind), "\(kind)")
    }
    #expect(read.headings.count == 11, "the title, 3 parts, 7 visits: none from the notes")
    #expect(read.items.contains("[00:01:30] Note (lead): " + Self.markup))
    #expect(read.items.contains("[00:01:31] Note (lead): " + Self.everyMarkup))
    #expect(read.headings.filter { $0.contains("q1") } == ["[00:00:00] q1 — Warm up"])
    #expect(read.cells.contains("Lead interviewer"))
    #expect(read.cells.contains("HI␛]0;title␇"))
    #expect(read.cells.contains("self ␛[31m\"described\", with lines␍and, commas"))
    #expect(!Self.actsOnTerminal(markdown))
  }

  @Test func plainTextShowsControlsAsTheTerminalDoes() throws {
    let text = TextExporter.export(try Self.record())
    #expect(!Self.actsOnTerminal(text))
    #expect(text.contains("Note (lead): ctl␀␁␂"))
    #expect(text.contains("␛[2J␛]52;c;cGFzc3dvcmQ=␇␛]0;pwned␛\\␛P1$qm␛\\end"))
    #expect(text.contains("<U+009B>"))
    #expect(text.contains("<U+202E><U+2066><U+FEFF>"))
    #expect(text.contains("Note (lead): " + Self.markup + "\n"), "no Markdown escapes in text")
    #expect(text.contains("Lead interviewer:       HI␛]0;title␇\n"))
  }

  @Test func xmlExportsStayWellFormedAndReadBack() throws {
    let folder = TemporaryFolder()
    let record = try Self.record()
    let docx = try ExportTestSupport.write(try DocxExporter.export(record), "s.docx", in: folder)
    let document = try ExportValidators.json("docx_check.py", [docx]) as? [String: Any]
    let paragraphs = (document?["paragraphs"] as? [[Any]])?.compactMap { $0[1] as? String } ?? []
    #expect(paragraphs.contains { $0.contains("Note (lead): ctl␀␁␂") && $0.contains("␛[2J") })
    #expect(paragraphs.contains("[00:01:30] Note (lead): " + Self.markup))

    let eaf = try ExportTestSupport.write(EAFExporter.export(record), "s.eaf", in: folder)
    let tiers = try ExportValidators.json("eaf_check.py", [eaf]) as? [String: [[Any]]]
    let notes = tiers?["Lead notes"]?.compactMap { $0[2] as? String } ?? []
    #expect(notes.contains(Self.markup))
    #expect(notes.contains { $0.hasPrefix("ctl␀␁␂") && $0.hasSuffix("␛P1$qm␛\\end") })

    let qdpx = try ExportTestSupport.write(
      try QDPXExporter.export([record], outline: JournalFixtures.interviewOutline, name: "h"),
      "s.qdpx", in: folder)
    let project = try ExportValidators.json(
      "qdpx_check.py", [qdpx, try ExportValidators.refiSchema()])
    let sources = (project as? [String: Any])?["sources"] as? [[String: Any]]
    #expect(sources?.first?["text"] as? String == TextExporter.export(record))
  }

  @Test func csvAndJSONKeepTheExactTextWithTheirOwnQuoting() throws {
    let folder = TemporaryFolder()
    let record = try Self.record()
    let output = AnswersCSVExporter.export([record], outline: JournalFixtures.interviewOutline)
    let answers = try ExportTestSupport.write(output.answers, "answers.csv", in: folder)
    let files = try ExportValidators.read([String: [[String]]].self, "csv_check.py", [answers])
    #expect(files["answers.csv"]?.joined().contains(Self.gender) == true)

    let json = JSONExporter.export(record)
    let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8))
    func strings(_ value: Any) -> [String] {
      if let text = value as? String { return [text] }
      if let array = value as? [Any] { return array.flatMap(strings) }
      if let object = value as? [String: Any] { return object.values.flatMap(strings) }
      return []
    }
    let all = strings(decoded)
    #expect(all.contains(Self.controls))
    #expect(all.contains(Self.everyMarkup))
    #expect(all.contains(Self.gender))
  }

  @Test func chaptersShowControlsVisiblyAndStillParse() throws {
    let folder = TemporaryFolder()
    let record = try Self.record()
    let vtt = VTTExporter.export(record)
    let srt = SRTExporter.export(record)
    for text in [vtt, srt] {
      #expect(!Self.actsOnTerminal(text))
      #expect(text.contains("flag ctl␀␁␂"))
    }
    let vttPath = try ExportTestSupport.write(vtt, "s.vtt", in: folder)
    let srtPath = try ExportTestSupport.write(srt, "s.srt", in: folder)
    let vttCues = try ExportValidators.read([ReadCue].self, "vtt_check.py", [vttPath])
    let srtCues = try ExportValidators.read([ReadCue].self, "srt_check.py", [srtPath])
    #expect(vttCues.count == srtCues.count)
    #expect(vttCues.contains { $0.lines.contains { $0.hasPrefix("flag ctl␀␁␂") } })
  }
}

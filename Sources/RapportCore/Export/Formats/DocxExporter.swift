import Foundation

/// The transcription template as a Word document (WordprocessingML in a zip), for
/// transcribers and researchers who work in Word or LibreOffice: real headings, the
/// question set apart, bold speaker labels with an empty paragraph to type into.
public enum DocxExporter {
  public static func export(_ record: SessionRecord) throws(ExportError) -> Data {
    try export(record, blocks: TranscriptTemplate.blocks(for: record))
  }

  /// The document from blocks already laid out for `record`.
  static func export(_ record: SessionRecord, blocks: [TranscriptTemplate.Block])
    throws(ExportError) -> Data
  {
    try package(blocks, created: record.startedAt)
  }

  /// A Word package of `blocks`, dated `created`: the one assembly of the parts, for the
  /// transcript templates and for any other document laid out in blocks (the study's table).
  static func package(_ blocks: [TranscriptTemplate.Block], created: Date)
    throws(ExportError) -> Data
  {
    let zip = try ZipPackage.inMemory(modified: created)
    try zip.add("[Content_Types].xml", Data(DocxParts.contentTypes.utf8))
    try zip.add("_rels/.rels", Data(DocxParts.packageRelationships.utf8))
    try zip.add(
      "docProps/core.xml", Data(DocxParts.core(title: title(blocks), created: created).utf8))
    try zip.add("word/_rels/document.xml.rels", Data(DocxParts.documentRelationships.utf8))
    try zip.add("word/styles.xml", Data(DocxParts.styles.utf8))
    try zip.add("word/numbering.xml", Data(DocxParts.numbering.utf8))
    try zip.add("word/document.xml", Data(document(blocks).utf8))
    return zip.finish() ?? Data()
  }

  static func title(_ blocks: [TranscriptTemplate.Block]) -> String {
    for case .title(let text) in blocks { return text }
    return ""
  }

  static func document(_ blocks: [TranscriptTemplate.Block]) -> String {
    var body = ""
    for block in blocks {
      switch block {
      case .title(let text): body += paragraph(text, style: "Title")
      case .heading(let text): body += paragraph(text, style: "Heading1")
      case .stepHeading(let text): body += paragraph(text, style: "Heading2")
      case .fields(let fields):
        body += table(fields.map { [$0.label, $0.value] }, boldFirstColumn: true)
      case .quote(let text): body += paragraph(text, style: "Quote")
      case .list(let items): body += items.map { paragraph($0, style: "ListBullet") }.joined()
      case .paragraph(let text): body += paragraph(text, style: nil)
      case .table(let header, let rows): body += table([header] + rows, boldFirstRow: true)
      case .speaker(let label):
        // Kept with the paragraph under it: never a label alone at the foot of a page.
        body += paragraph(label, style: nil, bold: true, keepNext: true) + paragraph("", style: nil)
      }
    }
    return """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <w:document xmlns:w="\(DocxParts.main)"><w:body>\(body)<w:p/>\
      <w:sectPr><w:pgSz w:w="11906" w:h="16838"/>\
      <w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>\
      </w:sectPr></w:body></w:document>
      """
  }

  static func paragraph(_ text: String, style: String?, bold: Bool = false, keepNext: Bool = false)
    -> String
  {
    let inner =
      (style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? "") + (keepNext ? "<w:keepNext/>" : "")
    let properties = inner.isEmpty ? "" : "<w:pPr>\(inner)</w:pPr>"
    return "<w:p>\(properties)\(runs(text, bold: bold))</w:p>"
  }

  /// One run; line breaks inside the text become `<w:br/>`.
  static func runs(_ text: String, bold: Bool) -> String {
    guard !text.isEmpty else { return "" }
    func textRun(_ line: String) -> String {
      "<w:t xml:space=\"preserve\">\(XMLText.escape(line))</w:t>"
    }
    // One line (the common case) is one text element, without mapping and joining.
    let lines = HiddenCharacters.lines(text)
    let content =
      lines.count == 1 ? textRun(lines[0]) : lines.map(textRun).joined(separator: "<w:br/>")
    return "<w:r>\(bold ? "<w:rPr><w:b/></w:rPr>" : "")\(content)</w:r>"
  }

  static func table(_ rows: [[String]], boldFirstColumn: Bool = false, boldFirstRow: Bool = false)
    -> String
  {
    let columns = rows.map(\.count).max() ?? 0
    guard columns > 0 else { return "" }
    let width = 9026 / columns
    var xml =
      "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>"
    xml += String(repeating: "<w:gridCol w:w=\"\(width)\"/>", count: columns) + "</w:tblGrid>"
    for (rowIndex, row) in rows.enumerated() {
      xml += "<w:tr>"
      for column in 0..<columns {
        let text = column < row.count ? row[column] : ""
        let bold = (boldFirstRow && rowIndex == 0) || (boldFirstColumn && column == 0)
        xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr>"
        xml += "<w:p>\(runs(text, bold: bold))</w:p></w:tc>"
      }
      xml += "</w:tr>"
    }
    return xml + "</w:tbl>"
  }
}

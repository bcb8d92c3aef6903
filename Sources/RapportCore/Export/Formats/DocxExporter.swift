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
    try zip.add("word/document.xml", Data(document(blocks)))
    return zip.finish() ?? Data()
  }

  static func title(_ blocks: [TranscriptTemplate.Block]) -> String {
    for case .title(let text) in blocks { return text }
    return ""
  }

  /// `word/document.xml`'s bytes, written straight into one buffer (no `String` of the
  /// whole document to validate and copy again).
  static func document(_ blocks: [TranscriptTemplate.Block]) -> [UInt8] {
    var body = Body()
    body.bytes.reserveCapacity(blocks.count * 160 + 512)
    body.add(
      """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <w:document xmlns:w="\(DocxParts.main)"><w:body>
      """)
    for block in blocks {
      switch block {
      case .title(let text): body.paragraph(text, style: "Title")
      case .heading(let text): body.paragraph(text, style: "Heading1")
      case .stepHeading(let text): body.paragraph(text, style: "Heading2")
      case .fields(let fields):
        body.table(fields.map { [$0.label, $0.value] }, boldFirstColumn: true)
      case .quote(let text): body.paragraph(text, style: "Quote")
      case .list(let items): for item in items { body.paragraph(item, style: "ListBullet") }
      case .paragraph(let text): body.paragraph(text, style: nil)
      case .table(let header, let rows): body.table([header] + rows, boldFirstRow: true)
      case .speaker(let label):
        // Kept with the paragraph under it: never a label alone at the foot of a page.
        body.paragraph(label, style: nil, bold: true, keepNext: true)
        body.paragraph("", style: nil)
      }
    }
    body.add(
      """
      <w:p/><w:sectPr><w:pgSz w:w="11906" w:h="16838"/>\
      <w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>\
      </w:sectPr></w:body></w:document>
      """)
    return body.bytes
  }

  /// The document's body, written into one byte buffer: thousands of small pieces, each a
  /// costly `String` append or interpolation otherwise.
  struct Body {
    var bytes: [UInt8] = []

    mutating func add(_ text: String) { bytes.append(contentsOf: text.utf8) }

    mutating func paragraph(
      _ text: String, style: String?, bold: Bool = false, keepNext: Bool = false
    ) {
      add("<w:p>")
      if style != nil || keepNext {
        add("<w:pPr>")
        if let style {
          add("<w:pStyle w:val=\"")
          add(style)
          add("\"/>")
        }
        if keepNext { add("<w:keepNext/>") }
        add("</w:pPr>")
      }
      runs(text, bold: bold)
      add("</w:p>")
    }

    /// One run; line breaks inside the text become `<w:br/>`.
    mutating func runs(_ text: String, bold: Bool) {
      guard !text.isEmpty else { return }
      add("<w:r>")
      if bold { add("<w:rPr><w:b/></w:rPr>") }
      for (index, line) in HiddenCharacters.lines(text).enumerated() {
        if index > 0 { add("<w:br/>") }
        add("<w:t xml:space=\"preserve\">")
        add(XMLText.escape(line))
        add("</w:t>")
      }
      add("</w:r>")
    }

    mutating func table(
      _ rows: [[String]], boldFirstColumn: Bool = false, boldFirstRow: Bool = false
    ) {
      let columns = rows.map(\.count).max() ?? 0
      guard columns > 0 else { return }
      let width = String(9026 / columns)
      add(
        "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>"
      )
      for _ in 0..<columns {
        add("<w:gridCol w:w=\"")
        add(width)
        add("\"/>")
      }
      add("</w:tblGrid>")
      for (rowIndex, row) in rows.enumerated() {
        add("<w:tr>")
        for column in 0..<columns {
          let text = column < row.count ? row[column] : ""
          let bold = (boldFirstRow && rowIndex == 0) || (boldFirstColumn && column == 0)
          add("<w:tc><w:tcPr><w:tcW w:w=\"")
          add(width)
          add("\" w:type=\"dxa\"/></w:tcPr><w:p>")
          runs(text, bold: bold)
          add("</w:p></w:tc>")
        }
        add("</w:tr>")
      }
      add("</w:tbl>")
    }
  }
}

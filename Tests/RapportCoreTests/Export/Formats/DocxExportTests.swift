import Foundation
import RapportCore
import RapportTestSupport
import Testing

/// Word documents, read back by python-docx after zipfile and `unzip -t` check the zip.
@Suite struct DocxExportTests {
  struct Document: Decodable {
    var title: String
    var paragraphs: [Paragraph]
    var tables: [[[String]]]
  }

  struct Paragraph: Decodable, Equatable {
    var style: String
    var text: String
    var bold: Bool
    var keepsWithNext: Bool

    init(from decoder: any Decoder) throws {
      var container = try decoder.unkeyedContainer()
      style = try container.decode(String.self)
      text = try container.decode(String.self)
      bold = try container.decode(Bool.self)
      keepsWithNext = try container.decode(Bool.self)
    }
  }

  @Test func theTemplateReadsBackWithHeadingsQuotesAndSpeakerLabels() throws {
    let folder = TemporaryFolder()
    let data = try DocxExporter.export(try ExportTestSupport.interview())
    let path = try ExportTestSupport.write(data, "s.docx", in: folder)
    let document = try ExportValidators.read(Document.self, "docx_check.py", [path])
    #expect(document.title == "P001 — Belonging and support at medical school")
    let styled = { (style: String) in document.paragraphs.filter { $0.style == style }.map(\.text) }
    #expect(styled("Title") == ["P001 — Belonging and support at medical school"])
    #expect(styled("Heading 1") == ["Participant", "Steps", "Session"])
    #expect(
      styled("Heading 2") == [
        "[-00:00:32] consent — Consent", "[-00:00:09] start-recording", "[00:00:00] q1 — Warm up",
        "[00:02:39] q3", "[00:07:39] q8", "[00:09:59] q3 (visit 2)", "[00:10:59] debrief — Debrief",
      ])
    #expect(styled("Quote").first == "Start the recording now.")
    #expect(styled("List Bullet").contains("[00:03:39] FLAG: sensitive: names a tutor"))
    let labels = document.paragraphs.filter(\.bold).map(\.text)
    #expect(labels == Array(repeating: ["Interviewer:", "P001:"], count: 4).flatMap { $0 })
    // A speaker label stays on the page of the paragraph typed under it.
    let labelsKeptWithNext = document.paragraphs.filter(\.bold).allSatisfy(\.keepsWithNext)
    #expect(labelsKeptWithNext)
    #expect(document.tables.count == 2)
    #expect(document.tables[0].first == ["Session", "P001_belonging-interview_20221003T140509Z"])
    #expect(
      document.tables[1] == [
        ["Attribute", "Answer"], ["Gender", "Female"],
        ["Medical school", "Imperial College London"],
        ["Year group", "3"],
      ])
  }
}

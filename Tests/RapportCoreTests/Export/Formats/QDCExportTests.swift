import Foundation
import RapportCore
import RapportTestSupport
import Testing

/// REFI-QDA codebooks, validated by xmllint against the REFI-QDA codebook schema in
/// `../shared`, their codes compared with the protocol read independently (PyYAML) by
/// `qdc_check.py`.
@Suite struct QDCExportTests {
  struct Code: Decodable, Equatable {
    var name: String
    var guid: String
    var description: String?
    var isCodable: Bool
    var children: [Code]
  }

  struct Summary: Decodable {
    var codes: [Code]
    var sharedWithProject: Int
  }

  static func read(_ text: String, _ extra: [String] = [], in folder: TemporaryFolder) throws
    -> Summary
  {
    let path = try ExportTestSupport.write(text, "codebook.qdc", in: folder)
    return try ExportValidators.read(
      Summary.self, "qdc_check.py", [path, try ExportValidators.codebookSchema()] + extra)
  }

  @Test func questionsAreCodesWithTheirPromptsAndRoundUpAsChildren() throws {
    let text = QDCExporter.export(
      outline: JournalFixtures.interviewOutline, protocolID: "belonging-interview")
    #expect(
      text == """
        <?xml version="1.0" encoding="UTF-8"?>
        <CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="rapport">
        <Codes>
          <Code guid="a25181f8-415e-512e-ae2f-e913123b2ada" name="q1 — Warm up" isCodable="true">
            <Description>Can you tell me how you have generally found studying medicine?</Description>
            <Code guid="a9a62f12-61a3-5613-aff8-52a93b021688" name="q1 prompt 1 — Confidence with learning, and workload levels?" isCodable="true">
              <Description>Confidence with learning, and workload levels?</Description>
            </Code>
          </Code>
          <Code guid="d247e2fa-57c0-5519-b965-b02555bae42c" name="q3" isCodable="true">
            <Description>Have you had any experiences that made you feel as though you didn’t belong?</Description>
            <Code guid="27b5f98e-d237-587b-9281-2e4d008b90b3" name="q3 prompt 1 — Could you tell me a little bit more about that?" isCodable="true">
              <Description>Could you tell me a little bit more about that?</Description>
            </Code>
            <Code guid="fa2ef600-b9d9-5efb-9abd-0046db5ce80d" name="q3 prompt 2 — What did you learn?" isCodable="true">
              <Description>What did you learn?</Description>
            </Code>
          </Code>
          <Code guid="bd93280f-ac49-5393-b088-be36091f49c6" name="q8" isCodable="true">
            <Description>How are your working relationships on placements?</Description>
            <Code guid="f2dfe885-54f0-5b90-a936-85e5380986ec" name="q8 prompt 1 — With doctors?" isCodable="true">
              <Description>With doctors?</Description>
            </Code>
            <Code guid="b6e1e741-b4af-5d0f-a84a-92b3f03877c6" name="q8 round-up — Do you feel like you belong in the clinical environment?" isCodable="true">
              <Description>Do you feel like you belong in the clinical environment?</Description>
            </Code>
          </Code>
        </Codes>
        </CodeBook>

        """)
    let folder = TemporaryFolder()
    let summary = try Self.read(text, in: folder)
    #expect(summary.codes.map(\.name) == ["q1 — Warm up", "q3", "q8"])
  }

  /// The shipped interview's codebook is its twelve questions with their prompts, and each
  /// question's code is the `.qdpx` project's code of the same name and GUID.
  @Test func theShippedInterviewGivesItsQuestionsWithTheProjectsGUIDs() throws {
    let loaded = try #require(
      try ShippedProtocols.load("belonging-interview.yaml").protocol)
    let outline = ProtocolOutline(loaded)
    let text = QDCExporter.export(outline: outline, protocolID: "belonging-interview")
    let folder = TemporaryFolder()
    let record = try SessionRecordBuilder.build(
      entries: JournalFixtures.interview(), outline: outline)
    let project = try ExportTestSupport.write(
      try QDPXExporter.export([record], outline: outline, name: "belonging-interview"),
      "p.qdpx", in: folder)
    let summary = try Self.read(
      text,
      [
        "--protocol", RapportBinary.shippedProtocol("belonging-interview.yaml"), "--project",
        project,
      ], in: folder)
    #expect(summary.codes.count == 12)
    #expect(summary.codes.first?.name == "q1 — Warm up")
    #expect(summary.codes[1].children.count == 3)
    #expect(summary.sharedWithProject == 12)
  }

  /// The shipped survey has no open questions: its items are the codes, as the protocol
  /// (read by PyYAML) lists them.
  @Test func theShippedSurveyGivesItsItems() throws {
    let loaded = try #require(try ShippedProtocols.load("eligibility-screening.yaml").protocol)
    let text = QDCExporter.export(
      outline: ProtocolOutline(loaded), protocolID: "eligibility-screening")
    let folder = TemporaryFolder()
    let summary = try Self.read(
      text, ["--protocol", RapportBinary.shippedProtocol("eligibility-screening.yaml")],
      in: folder)
    #expect(!summary.codes.isEmpty)
    #expect(summary.codes.allSatisfy { $0.children.isEmpty && $0.description != nil })
  }

  @Test func sectionsAreParentCodesAndSurveyItemsAreCodes() throws {
    let yaml = """
      rapport: 1
      id: sections
      title: Sections
      steps:
        - id: consent
          checklist: Consent
          items: [Consent given]
        - id: general
          section: About medical school
          steps:
            - id: q1
              label: Warm up
              ask: How have you found it?
              prompts: ["Workload?"]
            - id: senior
              section: Year 3 and above
              steps:
                - id: q2
                  ask: How are placements?
                  prompts: []
                  round-up: Do you belong there?
                - id: hours
                  type: integer
                  ask: Hours a week on placement
        - id: admin
          section: Nothing to code
          steps:
            - id: note
              marker: Thank the participant.
        - id: q3
          ask: Anything else?
          prompts: []
      """
    let loaded = try #require(ProtocolLoader.load(text: yaml, path: "sections.yaml").protocol)
    let text = QDCExporter.export(outline: ProtocolOutline(loaded), protocolID: "sections")
    let folder = TemporaryFolder()
    let protocolPath = try ExportTestSupport.write(yaml, "sections.yaml", in: folder)
    let summary = try Self.read(text, ["--protocol", protocolPath], in: folder)
    func names(_ codes: [Code]) -> [String] {
      codes.flatMap { [$0.name] + names($0.children).map { "  " + $0 } }
    }
    #expect(
      names(summary.codes) == [
        "general — About medical school",
        "  q1 — Warm up",
        "    q1 prompt 1 — Workload?",
        "  senior — Year 3 and above",
        "    q2",
        "      q2 round-up — Do you belong there?",
        "    hours",
        "q3",
      ])
    #expect(summary.codes[0].children[1].children[1].description == "Hours a week on placement")
    #expect(summary.codes[0].isCodable == false)
    #expect(summary.codes[0].children[0].isCodable)
  }

  @Test func withoutASnapshotTheVisitedQuestionsAreTheCodes() throws {
    let record = try SessionRecordBuilder.build(entries: JournalFixtures.interview(), outline: nil)
    let visited = QDCExporter.visitedQuestions([record])
    // Without the protocol every step the journal does not call an attribute may be a question.
    #expect(visited.map(\.id) == ["consent", "start-recording", "q1", "q3", "q8", "debrief"])
    let folder = TemporaryFolder()
    let summary = try Self.read(
      QDCExporter.export(outline: nil, visited: visited, protocolID: "x"), in: folder)
    #expect(summary.codes.map(\.name) == visited.map(\.id))
    let empty = try Self.read(
      QDCExporter.export(outline: ProtocolOutline(title: "t"), protocolID: "empty"), in: folder)
    #expect(empty.codes.map(\.name) == ["empty"])
  }

  @Test func hostileTextStaysValidXML() throws {
    let outline = ProtocolOutline(
      title: "t",
      steps: [
        StepOutline(
          id: "q1", kind: .question, label: "<b> & \"x\"", text: "esc \u{1B}[2J \u{202E}",
          prompts: ["'quote' <tag>"])
      ])
    let folder = TemporaryFolder()
    let summary = try Self.read(QDCExporter.export(outline: outline, protocolID: "t"), in: folder)
    #expect(summary.codes[0].name == "q1 — <b> & \"x\"")
    #expect(summary.codes[0].description == "esc ␛[2J <U+202E>")
    #expect(summary.codes[0].children[0].name == "q1 prompt 1 — 'quote' <tag>")
  }
}

import Foundation
import RapportCore
import RapportTestSupport
import Testing

/// Questions and options that try to break out of a script's strings, run code there, or
/// pass a package's limits, and answers with dates and line breaks: every script still
/// runs (PSPP, Rscript) or parses (Stata), and the labels read back are the texts, on one
/// line and cut where the package requires.
@Suite struct LabelledHostileTextTests {
  typealias Tests = LabelledExportTests

  static let question = "It's \"quoted\"' `macro' $HOME\n* not a comment.\n/* nor */ this //."
  static let long = String(repeating: "Très long — ", count: 30)
  static let outline = ProtocolOutline(
    title: "Hostile",
    steps: [
      StepOutline(
        id: "in", kind: .item, text: question,
        item: ItemOutline(
          id: "in", type: .singleChoice, ask: question,
          options: [
            .init(value: "a", label: "'; DROP TABLE x; -- \"'"), .init(value: "b", label: long),
            .init(value: "c", label: long),
          ])),
      StepOutline(
        id: "when-born", kind: .item, text: long,
        item: ItemOutline(id: "when-born", type: .date, ask: long)),
      StepOutline(
        id: "why", kind: .item, text: "Why?", item: ItemOutline(id: "why", type: .text, ask: "Why?")
      ),
    ])

  static func files() throws -> (folder: TemporaryFolder, paths: [String]) {
    func session(_ participant: String, _ events: [(Double, SessionEvent)]) throws
      -> LabelledAnswers.Session
    {
      let start = JournalFixtures.start(participant: participant, protocolID: "hostile")
      return try Tests.session(
        JournalFixtures.entries([(0, .sessionStarted(start))] + events), outline)
    }
    let sessions = [
      try session(
        "H001",
        [
          (1, .stepEntered(step: "in")), (2, .answered(item: "in", value: .text("c"))),
          (2, .stepLeft(step: "in")), (2, .stepEntered(step: "when-born")),
          (3, .answered(item: "when-born", value: .date("2001-02-28"))),
          (3, .stepLeft(step: "when-born")), (3, .stepEntered(step: "why")),
          (4, .answered(item: "why", value: .text("line one\nline \"two\", 'three' é"))),
        ]),
      try session("H002", [(1, .stepEntered(step: "in")), (2, .stepLeft(step: "in"))]),
    ]
    return try Tests.write(sessions, outline: outline, id: "hostile")
  }

  @Test func psppRunsItAndReadsTheLabelsCutToSPSSLimits() throws {
    let (folder, paths) = try Self.files()
    let file = try ExportValidators.read(
      Tests.SPSSFile.self, "spss_check.py", [paths[2], "answers-hostile.sav"])
    _ = folder
    #expect(file.variables.map(\.name) == ["session", "participant", "v_in", "when_born", "why"])
    let oneLine = "It's \"quoted\"' `macro' $HOME * not a comment. /* nor */ this //."
    #expect(file.variables[2].label == oneLine)
    let longLabel = try #require(file.variables[3].label)
    #expect(longLabel.utf8.count <= 255 && longLabel.hasSuffix("…"))
    #expect(Self.long.hasPrefix(String(longLabel.dropLast())))
    #expect(file.variables[3].format == "SDATE10")
    let cut = try #require(file.variables[2].valueLabels["2"])
    #expect(cut.utf8.count <= 120 && cut.hasSuffix("…"))
    #expect(file.variables[2].valueLabels["1"] == "'; DROP TABLE x; -- \"'")
    #expect(
      file.rows.map { Array($0.dropFirst(2)) } == [
        [.number(3), .text("2001-02-28"), .text("line one line \"two\", 'three' é")],
        [.number(-97), .number(-98), .text("-98")],
      ])
  }

  @Test func rscriptRunsItAndKeepsTheTextsWhole() throws {
    let (folder, paths) = try Self.files()
    let columns = try ExportValidators.read([Tests.RColumn].self, "r_check.py", [paths[3]])
    _ = folder
    #expect(columns.map(\.name) == ["session", "participant", "v_in", "when_born", "why"])
    #expect(columns[2].label == Self.question)
    #expect(columns[2].levels == ["'; DROP TABLE x; -- \"'", Self.long, Self.long + " (2)"])
    #expect(columns[2].values == [Self.long + " (2)", nil])
    #expect(columns[2].missingReason == [nil, "skipped"])
    #expect(columns[3].class == "Date")
    #expect(columns[3].values == ["2001-02-28", nil])
    #expect(columns[4].values == ["line one line \"two\", 'three' é", nil])
  }

  @Test func stataDoFileParsesWithSafeLiteralsCutToStataLimits() throws {
    let (folder, paths) = try Self.files()
    let file = try ExportValidators.read(Tests.StataFile.self, "stata_check.py", [paths[1]])
    _ = folder
    #expect(
      file.variableLabels["v_in"]
        == "It's \"quoted\"\u{2019} 'macro' \u{FF04}HOME * not a comment. / * nor * / this / /.")
    let cut = try #require(file.variableLabels["when_born"])
    #expect(cut.unicodeScalars.count == 80 && cut.hasSuffix("…"))
    #expect(file.valueLabels["v_in"]?["3"] == Self.long)
    #expect(file.dates == ["when_born"])
  }
}

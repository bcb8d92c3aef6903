import Foundation
import RapportCore
import RapportTestSupport
import Testing

/// Labelled answers run for real: the `.sps` by GNU PSPP (its `.sav` read by pyreadstat),
/// the `.R` by Rscript, and the `.do` by a strict parser; the values and labels read back
/// are those of the journals and the protocol.
@Suite struct LabelledExportTests {
  typealias Variable = PSPPReadBack.Variable
  typealias SPSSFile = PSPPReadBack.File
  typealias Cell = PSPPReadBack.Cell

  struct RColumn: Decodable, Equatable {
    var name: String
    var `class`: String
    var label: String?
    var levels: [String?]
    var values: [String?]
    var missingReason: [String?]
  }

  struct StataFile: Decodable {
    struct Import: Decodable {
      var file: String
      var options: String
    }

    var `import`: Import
    var mvdecode: [String]
    var variableLabels: [String: String]
    var valueLabels: [String: [String: String]]
    var values: [String: String]
    var dates: [String]
  }

  /// Writes the four files for `sessions` into a new folder; returns it and their paths.
  static func write(
    _ sessions: [LabelledAnswers.Session], outline: ProtocolOutline?, id: String
  ) throws -> (folder: TemporaryFolder, paths: [String]) {
    let folder = TemporaryFolder()
    let output = LabelledExporter.export(sessions, outline: outline, protocolID: id)
    let paths = try zip(LabelledExporter.fileNames(protocolID: id), output.texts).map {
      try ExportTestSupport.write($1, $0, in: folder)
    }
    return (folder, paths)
  }

  static func session(_ entries: [JournalEntry], _ outline: ProtocolOutline) throws
    -> LabelledAnswers.Session
  {
    let record = try SessionRecordBuilder.build(entries: entries, outline: outline)
    return .init(record: record.studySummary, missing: MissingReason.reasons(in: record))
  }

  /// R001 answers all; R002 is screened out; R003 withdraws one answer and skips another.
  static func screenings() throws -> [LabelledAnswers.Session] {
    let outline = JournalFixtures.screeningOutline
    let start = JournalFixtures.start(participant: "R003", protocolID: "eligibility-screening")
    let r003 = JournalFixtures.entries([
      (0, .sessionStarted(start)),
      (1, .stepEntered(step: "school")),
      (2, .answered(item: "school", value: .text("somewhere else"))),
      (2, .stepLeft(step: "school")),
      (2, .stepEntered(step: "impacted")),
      (3, .answered(item: "impacted", value: .boolean(false))),
      (4, .answerCleared(item: "impacted")),
      (4, .stepLeft(step: "impacted")),
      (4, .stepEntered(step: "categories")),
      (5, .skipped(step: "categories", reason: nil)),
      (5, .stepLeft(step: "categories")),
      (5, .stepEntered(step: "year")),
      (6, .answered(item: "year", value: .number(2.5))),
      (7, .ended(reason: .completed)),
    ])
    return [
      try session(
        JournalFixtures.screening(participant: "R001", school: "ucl", categories: ["lgbtqia"]),
        outline),
      try session(JournalFixtures.screening(participant: "R002", school: "none"), outline),
      try session(r003, outline),
    ]
  }

  @Test func psppReadsTheScreeningWithCodesLabelsAndMissingValues() throws {
    let (folder, paths) = try Self.write(
      try Self.screenings(), outline: JournalFixtures.screeningOutline, id: "eligibility-screening")
    let sav = "answers-eligibility-screening.sav"
    let file = try ExportValidators.read(SPSSFile.self, "spss_check.py", [paths[2], sav])
    _ = folder
    let missing = ["-97", "-98", "-99"]
    let reasons = ["-97": "skipped", "-98": "not asked", "-99": "withdrawn"]
    #expect(
      file.variables.map(\.name) == [
        "session", "participant", "school", "school__other", "impacted",
        "categories__disability", "categories__lgbtqia", "categories__mature",
        "categories__other", "year",
      ])
    let school = file.variables[2]
    #expect(school.label == "Which medical school?")
    #expect(school.format == "F8.0")
    #expect(
      school.valueLabels
        == [
          "1": "Imperial College London", "2": "University College London", "3": "None of these",
          "4": "other",
        ].merging(reasons) { a, _ in a })
    #expect(school.missing == missing)
    #expect(file.variables[3].label == "other — Which medical school?")
    #expect(file.variables[3].missing == missing)
    #expect(
      file.variables[4].valueLabels == ["0": "no", "1": "yes"].merging(reasons) { a, _ in a })
    #expect(file.variables[6].label == "LGBTQIA+ — Which of these describe you?")
    #expect(file.variables[6].valueLabels["1"] == "chosen")
    #expect(file.variables[8].label == "Other, please specify — Which of these describe you?")
    #expect(file.variables[9].format == "F9.1", "PSPP widens an input F8.1 for output")
    #expect(file.variables[0].missing == [])
    let ids = ["R001", "R002", "R003"].map {
      Cell.text("\($0)_eligibility-screening_20221003T140509Z")
    }
    #expect(
      file.rows == [
        [
          ids[0], .text("R001"), .number(2), .text(""), .number(1), .number(0), .number(1),
          .number(0), .text(""), .number(2),
        ],
        [
          ids[1], .text("R002"), .number(3), .text(""), .number(-98), .number(-98), .number(-98),
          .number(-98), .text("-98"), .number(-98),
        ],
        [
          ids[2], .text("R003"), .number(4), .text("somewhere else"), .number(-99), .number(-97),
          .number(-97), .number(-97), .text("-97"), .number(2.5),
        ],
      ])
  }

  @Test func rReadsTheScreeningAsFactorsWithReasons() throws {
    let (folder, paths) = try Self.write(
      try Self.screenings(), outline: JournalFixtures.screeningOutline, id: "eligibility-screening")
    _ = folder
    let columns = try ExportValidators.read([RColumn].self, "r_check.py", [paths[3]])
    let byName = Dictionary(uniqueKeysWithValues: columns.map { ($0.name, $0) })
    let school = try #require(byName["school"])
    #expect(school.class == "factor")
    #expect(school.label == "Which medical school?")
    #expect(
      school.levels == [
        "Imperial College London", "University College London", "None of these", "other",
      ])
    #expect(school.values == ["University College London", "None of these", "other"])
    #expect(school.missingReason == [nil, nil, nil])
    let impacted = try #require(byName["impacted"])
    #expect(impacted.values == ["yes", nil, nil])
    #expect(impacted.missingReason == [nil, "not asked", "withdrawn"])
    let year = try #require(byName["year"])
    #expect(year.class == "numeric")
    #expect(year.values == ["2", nil, "2.5"])
    let other = try #require(byName["categories__other"])
    #expect(other.class == "character")
    #expect(other.values == ["", nil, nil])
    #expect(other.missingReason == [nil, "not asked", "skipped"])
    #expect(byName["session"]?.label == AnswersCSVExporter.sessionMeaning)
  }

  @Test func stataDoFileLabelsEveryVariableWithExtendedMissingValues() throws {
    let (folder, paths) = try Self.write(
      try Self.screenings(), outline: JournalFixtures.screeningOutline, id: "eligibility-screening")
    _ = folder
    let file = try ExportValidators.read(StataFile.self, "stata_check.py", [paths[1]])
    #expect(file.import.file == "answers-eligibility-screening.coded.csv")
    #expect(
      file.import.options
        == "clear delimiters(\",\") varnames(1) case(preserve) encoding(\"utf-8\") "
        + "bindquote(strict) stringcols(1 2 4 9) numericcols(3 5 6 7 8 10)")
    #expect(
      file.mvdecode == [
        "school", "impacted", "categories__disability", "categories__lgbtqia",
        "categories__mature", "year",
      ])
    #expect(file.variableLabels["school"] == "Which medical school?")
    #expect(file.variableLabels.count == 10)
    #expect(
      file.valueLabels["school"] == [
        "1": "Imperial College London", "2": "University College London", "3": "None of these",
        "4": "other", ".a": "skipped", ".b": "not asked", ".c": "withdrawn",
      ])
    #expect(file.values["impacted"] == "impacted")
    #expect(file.values["year"] == "year")
    #expect(file.dates == [])
  }
}

import Foundation
import RapportCore
import RapportTestSupport
import Testing

/// Timings, answers and codebook, read back by Python's csv (strict) and checked against
/// their Table Schema by frictionless.
@Suite struct CSVExportTests {
  typealias Files = [String: [[String]]]

  @Test func timingsHaveOneRowPerVisitWithTheIssuesColumns() throws {
    let folder = TemporaryFolder()
    let path = try ExportTestSupport.write(
      TimingsCSVExporter.export([try ExportTestSupport.interview()]), "timings.csv", in: folder)
    let rows = try #require(
      try ExportValidators.read(Files.self, "csv_check.py", [path])["timings.csv"])
    #expect(rows[0] == TimingsCSVExporter.header)
    #expect(rows.count == 11)
    let column = { (name: String) in rows[0].firstIndex(of: name) ?? 0 }
    let q3 = rows[7]
    #expect(q3[column("step")] == "q3")
    #expect(
      [q3[column("entered")], q3[column("left")], q3[column("seconds")]] == [
        "159.5", "459.5", "180",
      ])
    #expect(q3[column("flags")] == "1")
    #expect(q3[column("notes")] == "1")
    #expect(rows[9][column("visit")] == "2")
    #expect(rows[9][column("prompts_asked")] == "2")
    #expect(rows[8][column("rephrased")] == "1")
    #expect(rows[8][column("rounded_up")] == "1")
    #expect(rows[10][column("skipped")] == "1")
    #expect(rows[10][column("skip_reason")] == "sheet sent by email")
    #expect(rows[1][column("entered")] == "-39.5")
    #expect(rows[1][column("time_base")] == "recording")
  }

  @Test func answersExpandMultipleChoiceAndPassTheirTableSchema() throws {
    let records = [
      try ExportTestSupport.screening("R001", school: "ucl", categories: ["lgbtqia", "mature"]),
      try ExportTestSupport.screening(
        "R002", school: "imperial", categories: ["care leaver, \"other\""]),
      try ExportTestSupport.screening("R003", school: "none"),
    ]
    let output = AnswersCSVExporter.export(records, outline: JournalFixtures.screeningOutline)
    let folder = TemporaryFolder()
    let answers = try ExportTestSupport.write(output.answers, "answers.csv", in: folder)
    let codebook = try ExportTestSupport.write(output.codebook, "codebook.csv", in: folder)
    let schema = try ExportTestSupport.write(output.tableSchema, "schema.json", in: folder)
    let files = try ExportValidators.read(Files.self, "csv_check.py", [answers, codebook])
    let header = [
      "session", "participant", "school", "impacted", "categories__disability",
      "categories__lgbtqia", "categories__mature", "categories__other", "year",
    ]
    #expect(
      files["answers.csv"] == [
        header,
        [
          "R001_eligibility-screening_20221003T140509Z", "R001", "ucl", "1", "0", "1", "1", "", "2",
        ],
        [
          "R002_eligibility-screening_20221003T140509Z", "R002", "imperial", "1", "0", "0", "0",
          "care leaver, \"other\"", "2",
        ],
        ["R003_eligibility-screening_20221003T140509Z", "R003", "none", "", "", "", "", "", ""],
      ])
    let book = try #require(files["codebook.csv"])
    #expect(book.map(\.first) == ["column"] + header)
    #expect(
      book.first { $0[0] == "categories__lgbtqia" }?[4]
        == "1 = chose 'lgbtqia' (LGBTQIA+), 0 = did not; empty = not answered")
    #expect(
      book.first { $0[0] == "school" }?[4]
        == "imperial = Imperial College London; ucl = University College London; none = None of these; empty = not answered"
    )
    let report = try ExportValidators.json("table_check.py", [schema, answers]) as? [String: Any]
    #expect(report?["rows"] as? Int == 3)
  }

  @Test func frictionlessRejectsAnswersThatBreakTheSchema() throws {
    let output = AnswersCSVExporter.export(
      [try ExportTestSupport.screening("R001", school: "ucl")],
      outline: JournalFixtures.screeningOutline)
    let folder = TemporaryFolder()
    let broken = output.answers.replacingOccurrences(of: ",ucl,", with: ",oxford,")
    let answers = try ExportTestSupport.write(broken, "answers.csv", in: folder)
    let schema = try ExportTestSupport.write(output.tableSchema, "schema.json", in: folder)
    #expect(throws: ExportValidators.Failure.self) {
      try ExportValidators.run("table_check.py", [schema, answers])
    }
  }

  @Test func descriptorsHaveOneRowPerParticipantAndReportConflictsWithoutValues() throws {
    let sessions = [
      JournalFixtures.interview(participant: "P001"),
      JournalFixtures.interview(participant: "P002"),
      JournalFixtures.interview(participant: "P001", gender: "Male"),
    ]
    var records = try sessions.map {
      try SessionRecordBuilder.build(entries: $0, outline: JournalFixtures.interviewOutline)
    }
    records[2].sessionID = "P001_second"
    let output = DescriptorsExporter.export(records, outline: JournalFixtures.interviewOutline)
    let folder = TemporaryFolder()
    let path = try ExportTestSupport.write(output.csv, "descriptors.csv", in: folder)
    let rows = try ExportValidators.read(Files.self, "csv_check.py", [path])["descriptors.csv"]
    #expect(
      rows == [
        ["participant", "sessions", "gender", "school", "year", "conflicts"],
        [
          "P001", "2", "", "Imperial College London", "3",
          "gender: 'Female' in P001_belonging-interview_20221003T140509Z, 'Male' in P001_second",
        ],
        ["P002", "1", "Female", "Imperial College London", "3", ""],
      ])
    #expect(
      output.conflicts.map(\.message) == [
        "participant 'P001' has 2 sessions ('P001_belonging-interview_20221003T140509Z', 'P001_second'); check the ID was not given to two people",
        "participant 'P001' has different 'gender' in sessions 'P001_belonging-interview_20221003T140509Z', 'P001_second'",
      ])
    #expect(!output.conflicts.map(\.message).joined().contains("Male"))
  }
}

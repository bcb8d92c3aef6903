import Foundation
import RapportCore
import RapportTestSupport
import Testing

/// The JSON export against its published schema (check-jsonschema), and read back.
@Suite struct JSONExportTests {
  static let schema = RapportBinary.packageRoot.appendingPathComponent(
    "docs/session-export.schema.json"
  ).path

  @Test func theSchemaIsAValidJSONSchema() throws {
    try ExportValidators.check("check-jsonschema", ["--check-metaschema", Self.schema])
  }

  @Test func everyFixtureSessionFollowsTheSchema() throws {
    let folder = TemporaryFolder()
    let records = [
      try ExportTestSupport.interview(),
      try ExportTestSupport.screening("R001", school: "ucl", categories: ["mature", "own words"]),
      try ExportTestSupport.screening("R002", school: "none"),
      try SessionRecordBuilder.build(
        entries: JournalFixtures.entries(
          SessionFixtures.everyEvent.enumerated().map { (Double($0), $1) }),
        outline: nil),
      try SessionRecordBuilder.build(
        entries: JournalFixtures.interruptedInterview(), outline: JournalFixtures.interviewOutline),
    ]
    let paths = try records.enumerated().map { index, record in
      try ExportTestSupport.write(JSONExporter.export(record), "s\(index).json", in: folder)
    }
    try ExportValidators.check("check-jsonschema", ["--schemafile", Self.schema] + paths)
  }

  @Test func theSchemaRejectsADocumentThatBreaksIt() throws {
    let folder = TemporaryFolder()
    let text = JSONExporter.export(try ExportTestSupport.interview())
      .replacingOccurrences(of: "\"time-base\": \"recording\"", with: "\"time-base\": \"wall\"")
    let path = try ExportTestSupport.write(text, "bad.json", in: folder)
    #expect(throws: ExportValidators.Failure.self) {
      try ExportValidators.check("check-jsonschema", ["--schemafile", Self.schema, path])
    }
  }

  @Test func valuesReadBackWithFoundationsParser() throws {
    let text = JSONExporter.export(try ExportTestSupport.interview())
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(object["time-base"] as? String == "recording")
    #expect(object["recording-offset"] as? Double == 40.5)
    let visits = try #require(object["visits"] as? [[String: Any]])
    #expect(visits.count == 10)
    #expect(visits[8]["occurrence"] as? Int == 2)
    let note = (visits[5]["moments"] as? [[String: Any]])?[1]
    #expect(note?["text"] as? String == "chose it for the “community” | family")
    #expect(note?["time"] as? Double == 89.75)
  }
}

import Foundation
import RapportTestSupport
import Testing

@testable import RapportCore

/// The study file's schema: the committed copy, the loader's keys, the shipped study.
@Suite struct StudySchemaTests {
  static var schema: DocumentValue { get throws { try DocumentValue.parse(StudySchema.json) } }

  static func keys(_ value: DocumentValue?) -> Set<String> { Set(value?["properties"]?.keys ?? []) }

  @Test func embeddedSchemaIsTheCommittedFile() throws {
    #expect(StudySchema.json == (try ProtocolSchemaTests.file("docs/rapport-study.schema.json")))
  }

  @Test func keysMatchTheLoader() throws {
    let schema = try Self.schema
    #expect(Self.keys(schema) == Set(StudyKeys.topLevel))
    #expect(Self.keys(schema["properties"]?["screening"]) == Set(StudyKeys.screening))
    #expect(Self.keys(schema["properties"]?["interview"]) == Set(StudyKeys.interview))
    #expect(Self.keys(schema["properties"]?["participant-ids"]) == Set(StudyKeys.participantIDs))
    #expect(Self.keys(schema["properties"]?["sites"]?["items"]) == Set(StudyKeys.site))
    #expect(
      Self.keys(schema["properties"]?["interviewers"]?["items"]) == Set(StudyKeys.interviewer))
    #expect(Self.keys(schema["properties"]?["quotas"]?["items"]) == Set(StudyKeys.quota))
    #expect(Self.keys(schema["properties"]?["compensation"]) == Set(StudyKeys.compensation))
  }

  @Test func theShippedStudyFollowsTheSchema() throws {
    let document = try DocumentValue.parse(
      try ProtocolSchemaTests.file("Protocols/belonging-study.yaml"))
    #expect(try MiniSchemaValidator(root: Self.schema).validate(document) == [])
  }

  @Test func aMisspeltKeyBreaksTheSchema() throws {
    let text = try ProtocolSchemaTests.file("Protocols/belonging-study.yaml")
      .replacingOccurrences(of: "  site-item: school", with: "  site-iten: school")
    let errors = try MiniSchemaValidator(root: Self.schema).validate(DocumentValue.parse(text))
    #expect(errors.contains { $0.hasPrefix("$.screening") }, "\(errors)")
  }

  /// An independent reader (check-jsonschema, from the .venv) agrees with the mini validator.
  @Test func checkJSONSchemaAcceptsTheSchemaAndTheShippedStudy() throws {
    let root = RapportBinary.packageRoot
    let schema = root.appendingPathComponent("docs/rapport-study.schema.json").path
    try ExportValidators.check("check-jsonschema", ["--check-metaschema", schema])
    try ExportValidators.check(
      "check-jsonschema",
      ["--schemafile", schema, root.appendingPathComponent("Protocols/belonging-study.yaml").path])
  }
}

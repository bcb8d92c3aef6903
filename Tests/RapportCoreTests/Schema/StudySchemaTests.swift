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

  /// The schema's id patterns say what lint says, so an editor underlines what
  /// `rapport lint` would refuse as `bad-id`, and nothing it accepts.
  @Test(arguments: [
    "IA", "ia", "A", "9", "i-a", "I_A", "Kim-Lee_2", String(repeating: "A", count: 64),
    String(repeating: "A", count: 65), "", "-IA", "_IA", "I A", "I/A", "I.A", "../x", "Ï",
  ])
  func idPatternsAgreeWithLint(id: String) throws {
    let schema = try Self.schema
    let interviewer = try #require(
      Self.text(schema["properties"]?["interviewers"]?["items"]?["properties"]?["id"]?["pattern"]))
    let study = try #require(Self.text(schema["properties"]?["id"]?["pattern"]))
    #expect(Self.matches(id, interviewer) == StudyLinter.isInterviewerID(id))
    #expect(Self.matches(id, study) == IdentifierRules.isWellFormed(id, allowingUnderscore: false))
  }

  static func text(_ value: DocumentValue?) -> String? {
    guard case .string(let text)? = value else { return nil }
    return text
  }

  static func matches(_ text: String, _ pattern: String) -> Bool {
    text.range(of: pattern, options: .regularExpression) != nil
  }

  @Test func aBadInterviewerIDBreaksTheSchema() throws {
    let errors = try MiniSchemaValidator(root: Self.schema).validate(
      DocumentValue.parse(Self.shippedStudy(replacing: "  - id: IA\n", with: "  - id: I A\n")))
    #expect(errors == ["$.interviewers[0].id: does not match ^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"])
  }

  /// check-jsonschema refuses a study whose study id or interviewer id lint calls `bad-id`,
  /// naming the field, and accepts the same file with the ids spelled well.
  @Test(arguments: [
    ("id: belonging-study\n", "id: Belonging_Study\n", "$.id"),
    ("  - id: IA\n", "  - id: ../IA\n", "$.interviewers[0].id"),
  ])
  func checkJSONSchemaRefusesABadID(original: String, bad: String, field: String) throws {
    let folder = TemporaryFolder()
    let file = folder.path + "/bad-study.yaml"
    try Self.shippedStudy(replacing: original, with: bad).write(
      toFile: file, atomically: true, encoding: .utf8)
    let result = try runProcess(
      try ExportValidators.tool("check-jsonschema"), ["--schemafile", Self.schemaPath, file])
    #expect(result.status == 1, "\(result.stdout) \(result.stderr)")
    #expect(
      result.stdout.contains(field) && result.stdout.contains("does not match"), "\(result.stdout)")
  }

  static var schemaPath: String {
    RapportBinary.packageRoot.appendingPathComponent("docs/rapport-study.schema.json").path
  }

  /// The shipped study with one line changed; fails if that line is not there.
  static func shippedStudy(replacing original: String, with replacement: String) throws -> String {
    let text = try ProtocolSchemaTests.file("Protocols/belonging-study.yaml")
    try #require(
      text.components(separatedBy: original).count == 2, "'\(original)' is not in the study once")
    return text.replacingOccurrences(of: original, with: replacement)
  }
}

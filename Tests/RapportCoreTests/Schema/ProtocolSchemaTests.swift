import Foundation
import Testing

@testable import RapportCore

@Suite struct ProtocolSchemaTests {
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static func file(_ path: String) throws -> String {
    try String(contentsOf: repository.appendingPathComponent(path), encoding: .utf8)
  }

  static var validator: MiniSchemaValidator {
    get throws { MiniSchemaValidator(root: try DocumentValue.parse(ProtocolSchema.json)) }
  }

  @Test func embeddedSchemaIsTheCommittedFile() throws {
    #expect(ProtocolSchema.json == (try Self.file("docs/rapport-protocol.schema.json")))
  }

  @Test func isJSONSchemaDraft2020() throws {
    let object = try JSONSerialization.jsonObject(with: Data(ProtocolSchema.json.utf8))
    let schema = try #require(object as? [String: Any])
    #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
  }

  @Test(arguments: ["Protocols/belonging-interview.yaml", "Protocols/eligibility-screening.yaml"])
  func shippedProtocolsFollowTheSchema(path: String) throws {
    let document = try DocumentValue.parse(try Self.file(path))
    #expect(try Self.validator.validate(document) == [])
  }

  @Test func newProtocolTemplateFollowsTheSchema() throws {
    let document = try DocumentValue.parse(ProtocolTemplate.text(forFileName: "x.yaml"))
    #expect(try Self.validator.validate(document) == [])
  }

  @Test(arguments: [
    ("rapport: 1\nid: x\ntitle: T\nsteps:\n  - id: a\n    ask: Q\n    promts: [x]\n", "$.steps[0]"),
    ("rapport: 1\nid: X!\ntitle: T\nsteps:\n  - id: a\n    end: bye\n", "$.id: does not match"),
    ("rapport: 1\nid: x\ntitle: T\nsteps: []\n", "$.steps: too few items"),
    (
      "rapport: 1\nid: x\ntitle: T\nduration: 5 minutes\nsteps:\n  - id: a\n    end: b\n",
      "$.duration"
    ),
    (
      "rapport: 1\nid: x\ntitle: T\nsteps:\n  - id: a\n    type: colour\n    ask: Q\n", "$.steps[0]"
    ),
    ("rapport: 1\nid: x\ntitle: T\nsteps:\n  - id: a\n    marker: m\n    end: e\n", "$.steps[0]"),
    ("id: x\ntitle: T\nsteps:\n  - id: a\n    end: e\n", "$: missing rapport"),
  ])
  func rejectsBrokenProtocols(yaml: String, expectedPrefix: String) throws {
    let errors = try Self.validator.validate(try DocumentValue.parse(yaml))
    #expect(errors.contains { $0.hasPrefix(expectedPrefix) }, "\(errors)")
  }
}

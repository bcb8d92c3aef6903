import Foundation
import Testing

@testable import RapportCore

/// The schema editors use and the loader must agree key for key, or completion would
/// suggest keys that lint then rejects (or miss keys that lint accepts).
@Suite struct SchemaKeysTests {
  static func schema() throws -> DocumentValue { try DocumentValue.parse(ProtocolSchema.json) }

  static func keys(_ value: DocumentValue?) -> Set<String> {
    Set(value?["properties"]?.keys ?? [])
  }

  static func branch(_ title: String) throws -> DocumentValue? {
    guard case .array(let branches)? = try schema()["$defs"]?["step"]?["oneOf"] else { return nil }
    return branches.first { $0["title"] == .string(title) }
  }

  @Test func topLevelRolesAndParticipantKeysMatchTheLoader() throws {
    let schema = try Self.schema()
    #expect(Self.keys(schema) == Set(ProtocolKeys.topLevel))
    #expect(Self.keys(schema["properties"]?["roles"]) == Set(ProtocolKeys.roles))
    #expect(Self.keys(schema["$defs"]?["role"]) == Set(ProtocolKeys.role))
    #expect(Self.keys(schema["properties"]?["participant"]) == Set(ProtocolKeys.participant))
  }

  @Test func stepKeysMatchTheLoaderForEveryKind() throws {
    let step = ProtocolKeys.step
    #expect(Self.keys(try Self.schema()["$defs"]?["item"]) == Set(step + ProtocolKeys.item))
    #expect(Self.keys(try Self.branch("open question")) == Set(step + ProtocolKeys.question))
    #expect(Self.keys(try Self.branch("checklist")) == Set(step + ProtocolKeys.checklist))
    #expect(Self.keys(try Self.branch("marker")) == Set(step + ProtocolKeys.marker))
    #expect(Self.keys(try Self.branch("section")) == Set(step + ProtocolKeys.section))
    #expect(Self.keys(try Self.branch("end")) == Set(step + ProtocolKeys.end))
  }

  @Test func checklistItemKeysMatchTheLoader() throws {
    guard case .array(let forms)? = try Self.schema()["$defs"]?["checklistItem"]?["oneOf"] else {
      Issue.record("no checklistItem forms")
      return
    }
    #expect(Self.keys(forms.last) == Set(ProtocolKeys.checklistItem))
  }

  @Test func enumeratedValuesMatchTheModel() throws {
    let schema = try Self.schema()
    #expect(
      schema["$defs"]?["item"]?["properties"]?["type"]?["enum"]
        == .array(ItemType.allCases.map { .string($0.rawValue) }))
    #expect(
      try Self.branch("marker")?["properties"]?["action"]?["enum"]
        == .array(Marker.Action.allCases.map { .string($0.rawValue) }))
    #expect(
      schema["properties"]?["rapport"]?["const"]
        == .integer(InterviewProtocol.currentFormatVersion))
  }
}

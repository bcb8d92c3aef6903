import Foundation
import Testing

@testable import RapportCore

@Suite struct ProtocolTemplateTests {
  @Test func templateLintsCleanWithoutWarnings() {
    let text = ProtocolTemplate.text(forFileName: "Protocols/my-study.yaml")
    #expect(Linter.lint(data: Data(text.utf8), path: "my-study.yaml") == [])
  }

  @Test func templateHasAnExampleOfEveryStepKindAndItemType() throws {
    let text = ProtocolTemplate.text(forFileName: nil)
    let loaded = ProtocolLoader.load(text: text, path: "new.yaml")
    let model = try #require(loaded.protocol)
    let kinds = Set(model.flattenedSteps.map(\.step.kindName))
    #expect(kinds == ["question", "checklist", "marker", "item", "section", "end"])
    #expect(model.flattenedSteps.contains { $0.step.when != nil })
    #expect(model.answerableItems.contains { $0.constraint != nil })
    #expect(model.id.value == "my-protocol")
  }

  @Test(arguments: [
    ("Protocols/my-study.yaml", "my-study"), ("Café Study 2024.yml", "caf-study-2024"),
    ("--.json", "my-protocol"), ("x", "x"), ("Interview_Guide.YAML", "interview-guide"),
  ])
  func namesTheProtocolAfterTheFile(file: String, id: String) {
    #expect(ProtocolTemplate.suggestedID(forFileName: file) == id)
  }

  @Test func titleComesFromTheFileName() {
    #expect(
      ProtocolTemplate.text(forFileName: "pilot-interview.yaml").contains(
        "\nid: pilot-interview\ntitle: Pilot interview\n"))
  }
}

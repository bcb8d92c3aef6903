import Foundation
import Testing

@testable import RapportCore

/// What the loader makes of the different ways a designer may write the same thing.
@Suite struct ProtocolLoaderTests {
  private func load(_ text: String) throws -> (InterviewProtocol, [String]) {
    let result = ProtocolLoader.load(text: text, path: "t.yaml")
    return (try #require(result.protocol), result.diagnostics.map(\.compilerForm))
  }

  @Test func acceptsJSON() throws {
    let (model, diagnostics) = try load(
      """
      {"rapport": 1, "id": "j", "title": "JSON",
       "steps": [{"id": "q1", "ask": "Hello?", "prompts": "And you?"}]}
      """)
    #expect(diagnostics == [])
    guard case .question(let q1) = model.steps[0].kind else {
      Issue.record("not a question")
      return
    }
    #expect(q1.prompts.map(\.value) == ["And you?"])
    #expect(q1.prompts[0].location == SourceLocation(file: "t.yaml", line: 2, column: 53))
  }

  @Test func keepsValuesAsWrittenNotAsYAMLWouldConvertThem() throws {
    let (model, diagnostics) = try load(
      """
      rapport: 1
      id: t
      title: T
      version: 1.10
      steps:
        - id: agree
          type: single-choice
          ask: Agree?
          options: [yes, no, "No"]

      """)
    #expect(diagnostics == [])
    #expect(model.version?.value == "1.10")
    guard case .item(let agree) = model.steps[0].kind else {
      Issue.record("not an item")
      return
    }
    #expect(agree.options.map(\.label.value) == ["yes", "no", "No"])
  }

  @Test func checklistItemsAreRequiredUnlessMarkedOptional() throws {
    let (model, _) = try load(
      """
      rapport: 1
      id: t
      title: T
      steps:
        - id: c
          checklist: Consent
          items:
            - Form received
            - text: Water offered
              required: false

      """)
    guard case .checklist(let checklist) = model.steps[0].kind else {
      Issue.record("not a checklist")
      return
    }
    #expect(checklist.items.map(\.text.value) == ["Form received", "Water offered"])
    #expect(checklist.items.map(\.required) == [true, false])
  }

  @Test func expressionErrorsPointAtTheExactColumnInsideQuotes() throws {
    let (_, diagnostics) = try load(
      """
      rapport: 1
      id: t
      title: T
      steps:
        - id: e
          when: "year >= 3 && x"
          end: Bye.

      """)
    #expect(
      diagnostics == [
        "t.yaml:6:22: error: '&&' is not an operator (use 'and') [expression-syntax]"
      ])
  }

  @Test func sectionsNestAndKeepTheirSteps() throws {
    let (model, diagnostics) = try load(
      """
      rapport: 1
      id: t
      title: T
      steps:
        - id: s
          section: Outer
          steps:
            - id: inner
              section: Inner
              steps:
                - id: e
                  end: Bye.

      """)
    #expect(diagnostics == [])
    #expect(model.flattenedSteps.map(\.step.id.value) == ["s", "inner", "e"])
    #expect(model.flattenedSteps[2].enclosingSections.map(\.id.value) == ["s", "inner"])
  }
}

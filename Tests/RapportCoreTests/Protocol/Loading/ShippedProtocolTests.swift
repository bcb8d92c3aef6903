import Foundation
import RapportTestSupport
import Testing

@testable import RapportCore

@Suite struct ShippedProtocolTests {
  @Test(arguments: ShippedProtocols.names)
  func loadsAndLintsWithoutAnyDiagnostic(name: String) throws {
    let loaded = try ShippedProtocols.load(name)
    let model = try #require(loaded.protocol)
    #expect(loaded.diagnostics.map(\.compilerForm) == [])
    #expect(Linter.lint(model).map(\.compilerForm) == [])
  }

  @Test func readsQuestionEightWithItsRephrasingPromptsAndRoundUp() throws {
    let model = try #require(try ShippedProtocols.load("belonging-interview.yaml").protocol)
    let step = try #require(model.steps.first { $0.id.value == "q8" })
    guard case .question(let q8) = step.kind else {
      Issue.record("q8 is a \(step.kindName)")
      return
    }
    #expect(q8.ask.value == "How are your working relationships on clinical placements?")
    #expect(
      q8.rephrasings.map(\.value) == [
        "How do you feel like your professional relationships with the staff on placements are?"
      ])
    #expect(q8.prompts.map(\.value) == ["With doctors?", "And with patients?"])
    #expect(q8.prompts.map(\.location.line) == [144, 145])
    #expect(q8.prompts.map(\.location.column) == [9, 9])
    #expect(q8.roundUp?.value == "Do you feel like you belong in the clinical environment?")
    #expect(q8.roundUp?.location.line == 146)
    #expect(q8.budget?.value == PlannedDuration(seconds: 300))
    #expect(
      step.location
        == SourceLocation(file: "Protocols/belonging-interview.yaml", line: 140, column: 5))
  }

  @Test func keepsCurlyQuotesAndFoldsBlockText() throws {
    let model = try #require(try ShippedProtocols.load("belonging-interview.yaml").protocol)
    guard case .question(let q3) = try #require(model.steps.first { $0.id.value == "q3" }).kind
    else {
      Issue.record("q3 is not a question")
      return
    }
    #expect(
      q3.ask.value
        == "Have you had any experiences during your time at medical school that made you "
        + "feel as though you didn\u{2019}t belong?")
  }

  @Test func distinguishesNoPromptsOnPurposeAndReadsTheTimePlan() throws {
    let model = try #require(try ShippedProtocols.load("belonging-interview.yaml").protocol)
    guard case .question(let q12) = try #require(model.steps.first { $0.id.value == "q12" }).kind
    else {
      Issue.record("q12 is not a question")
      return
    }
    #expect(q12.prompts.isEmpty)
    #expect(q12.label?.value == "Closing")
    #expect(model.duration?.value == PlannedDuration(seconds: 3600))
    #expect(model.roles.lead != nil && model.roles.support != nil)
    #expect(model.participant.attributes.map(\.id.value) == ["gender", "school", "year"])
    #expect(model.participant.attributes[1].options.count == 4)
  }

  @Test func readsChecklistsWithRequiredAndOptionalItems() throws {
    let model = try #require(try ShippedProtocols.load("belonging-interview.yaml").protocol)
    guard
      case .checklist(let setup) = try #require(model.steps.first { $0.id.value == "setup" }).kind
    else {
      Issue.record("setup is not a checklist")
      return
    }
    #expect(setup.title.value == "Set-up")
    #expect(setup.items.map(\.required) == [true, false])
  }

  @Test func readsSkipLogicAsParsedConditionsAtTheirColumns() throws {
    let model = try #require(try ShippedProtocols.load("eligibility-screening.yaml").protocol)
    let step = try #require(model.steps.first { $0.id.value == "not-eligible-school" })
    let when = try #require(step.when)
    #expect(when.source == "school == \"none\"")
    #expect(when.location.line == 41)
    #expect(when.location.column == 11)
    #expect(when.holds(answers: ["school": .text("none")]))
    guard case .item(let school) = try #require(model.steps.first { $0.id.value == "school" }).kind
    else {
      Issue.record("school is not an item")
      return
    }
    #expect(
      school.options.map(\.value.value) == ["imperial", "ucl", "dundee", "nottingham", "none"])
    #expect(school.required)
  }
}

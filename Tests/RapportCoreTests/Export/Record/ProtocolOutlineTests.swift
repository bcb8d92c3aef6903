import Foundation
import RapportCore
import RapportTestSupport
import Testing

@Suite struct ProtocolOutlineTests {
  @Test func theShippedInterviewGivesTheWordsExportsNeed() throws {
    let path = RapportBinary.shippedProtocol("belonging-interview.yaml")
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    let loaded = try #require(ProtocolLoader.load(data: data, path: path).protocol)
    let outline = ProtocolOutline(loaded)
    #expect(outline.plannedSeconds == 3600)
    #expect(outline.attributes.map(\.id) == ["gender", "school", "year"])
    #expect(outline.attribute("gender")?.other == "Prefer to self-describe")
    let q8 = try #require(outline.step("q8"))
    #expect(q8.kind == .question)
    #expect(q8.prompts == ["With doctors?", "And with patients?"])
    #expect(q8.rephrasings.count == 1)
    #expect(q8.roundUp == "Do you feel like you belong in the clinical environment?")
    #expect(q8.budgetSeconds == 300)
    #expect(outline.step("consent")?.checklistItems.count == 2)
    #expect(outline.step("start-recording")?.kind == .marker)
    #expect(outline.step("q12")?.prompts == [])
  }

  @Test func theScreeningSurveysItemsKeepTheirOptionValuesAndLabels() throws {
    let path = RapportBinary.shippedProtocol("eligibility-screening.yaml")
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    let outline = ProtocolOutline(
      try #require(ProtocolLoader.load(data: data, path: path).protocol))
    #expect(
      outline.surveyItems.map(\.id) == [
        "school", "impacted", "categories", "year", "intercalated", "available", "contact-consent",
      ])
    #expect(outline.surveyItems[0].label(for: "ucl") == "University College London")
    #expect(outline.step("not-eligible-school")?.kind == .end)
  }
}

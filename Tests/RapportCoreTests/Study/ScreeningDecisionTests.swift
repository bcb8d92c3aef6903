import Foundation
import RapportCore
import Testing

/// Eligibility comes from the screening protocol's own ends; ids go only to the eligible,
/// in order, and only the answers the study file keeps are written down.
@Suite struct ScreeningDecisionTests {
  static func record(
    _ status: SessionRecord.Status, endStep: String? = nil, school: String = "ucl", year: Int = 2
  ) -> SessionRecord {
    SessionRecord(
      sessionID: "R001_eligibility-screening_x", protocolID: "eligibility-screening",
      protocolSHA256: "", participant: "R001", startedAt: Date(timeIntervalSince1970: 0),
      status: status, endStep: endStep,
      answers: [
        .init(item: "school", value: .text(school), display: school, time: 1),
        .init(item: "categories", value: .choices(["refugee"]), display: "refugee", time: 2),
        .init(item: "year", value: .number(Double(year)), display: String(year), time: 3),
      ])
  }

  @Test func theLastStepReachedIsEligibleAndGetsTheNextID() throws {
    let plan = try StudyFixtures.plan()
    let ledger = StudyFixtures.ledger([
      StudyFixtures.enrolled("P001", "imperial", 1), StudyFixtures.enrolled("P002", "ucl", 1),
    ])
    let entry = ScreeningDecision.entry(
      for: Self.record(.completed), respondent: "R003", plan: plan, ledger: ledger, at: "t")
    #expect(entry.outcome == .eligible)
    #expect(entry.participant == "P003")
    #expect(entry.attributes == ["school": "ucl", "year": "2"], "categories are not kept")
  }

  @Test func anEndWithAConditionIsNotEligibleAndKeepsNothing() throws {
    let entry = ScreeningDecision.entry(
      for: Self.record(.screenedOut, endStep: "not-eligible-intercalated"), respondent: "R001",
      plan: try StudyFixtures.plan(), ledger: StudyLedger(), at: "t")
    #expect(entry.outcome == .ineligible)
    #expect(entry.step == "not-eligible-intercalated")
    #expect(entry.participant == nil)
    #expect(entry.attributes == nil)
    #expect(
      ScreeningDecision.message(entry, plan: try StudyFixtures.plan()) == [
        "Not eligible (not-eligible-intercalated); no participant id given.",
        "Thank you for taking the time to answer. Nothing you told us has been kept.",
      ])
  }

  @Test func aYearGroupTheSiteDoesNotHaveIsNotEligible() throws {
    let entry = ScreeningDecision.entry(
      for: Self.record(.completed, school: "dundee", year: 6), respondent: "R001",
      plan: try StudyFixtures.plan(), ledger: StudyLedger(), at: "t")
    #expect(entry.outcome == .ineligible)
    #expect(entry.reason == "outside-quotas")
    #expect(entry.participant == nil)
    #expect(entry.attributes == nil)
  }

  @Test func anUnfinishedScreeningDecidesNothing() throws {
    let entry = ScreeningDecision.entry(
      for: Self.record(.inProgress), respondent: "R001", plan: try StudyFixtures.plan(),
      ledger: StudyLedger(), at: "t")
    #expect(entry.outcome == .unfinished)
    #expect(entry.participant == nil && entry.attributes == nil)
  }

  @Test func idsNeverReuseAGap() {
    let scheme = ParticipantIDScheme()
    #expect(scheme.next(after: []) == "P001")
    #expect(scheme.next(after: ["P001", "P003"]) == "P004")
    #expect(scheme.number(of: "P014") == 14)
    #expect(scheme.number(of: "X014") == nil)
    #expect(scheme.id(1234) == "P1234")
  }
}

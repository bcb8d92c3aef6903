import RapportCore
import Testing

/// `rapport assign`'s rules: nobody interviews a participant of their own institution,
/// nobody takes both roles, roles are the study file's, a participant is assigned once.
@Suite struct AssignmentRulesTests {
  static let ledger = StudyFixtures.ledger([
    StudyFixtures.enrolled("P001", "imperial", 1), StudyFixtures.enrolled("P002", "imperial", 1),
    StudyFixtures.assigned("P001", "UA", "NA"),
  ])

  static func problems(_ id: String, _ lead: String, _ support: String, replacing: Bool = false)
    throws -> [String]
  {
    try AssignmentRules.check(
      participant: id, lead: lead, support: support, plan: StudyFixtures.plan(),
      ledger: ledger, replacing: replacing
    ).map { ($0.isRefusal ? "refused: " : "warning: ") + $0.message }
  }

  @Test func anInterviewerFromTheParticipantsOwnInstitutionIsRefusedWithTheReason() throws {
    #expect(
      try Self.problems("P002", "IA", "UA") == [
        "refused: 'IA' is from the participant's own institution; investigators only "
          + "interview participants external to their own institution",
        "warning: the quota cell of 'P002' is already full (1 of 1: P001); "
          + "'rapport study status' shows the cells",
      ])
  }

  @Test func oneInterviewerInBothRolesIsRefused() throws {
    #expect(
      try Self.problems("P002", "UA", "UA").first
        == "refused: 'UA' cannot be both the lead and the supporting interviewer")
  }

  @Test func rolesUnknownInterviewersAndParticipantsAreRefused() throws {
    #expect(
      try Self.problems("P002", "DB", "UX") == [
        "refused: 'DB' does not take the lead role in this study",
        "refused: unknown interviewer 'UX' (did you mean 'UA'?)",
        "warning: the quota cell of 'P002' is already full (1 of 1: P001); "
          + "'rapport study status' shows the cells",
      ])
    #expect(
      try Self.problems("P009", "UA", "NA") == [
        "refused: 'P009' is not a participant of this study (no eligible screening gave it)"
      ])
  }

  @Test func aSecondAssignmentNeedsReplace() throws {
    #expect(
      try Self.problems("P001", "DA", "NA") == [
        "refused: 'P001' is already assigned; give --replace to change it"
      ])
    #expect(try Self.problems("P001", "DA", "NA", replacing: true) == [])
  }

  @Test func theLedgerReportsAnAssignmentTwiceAndBothRolesAsLocatedErrors() {
    let ledger = StudyFixtures.ledger([
      StudyFixtures.enrolled("P001", "imperial", 1), StudyFixtures.assigned("P001", "UA", "NA"),
      StudyFixtures.assigned("P001", "DA", "DA"), StudyFixtures.enrolled("P001", "ucl", 2),
    ])
    #expect(
      ledger.diagnostics.map(\.compilerForm) == [
        "ledger.jsonl:3:1: error: 'DA' is both the lead and the supporting interviewer of 'P001' [same-interviewer]",
        "ledger.jsonl:3:1: error: participant 'P001' is assigned twice [assigned-twice]\nledger.jsonl:2:1: note: first assigned here",
        "ledger.jsonl:4:1: error: participant id 'P001' was given to two respondents [duplicate-participant]\nledger.jsonl:1:1: note: first given here",
      ])
  }
}

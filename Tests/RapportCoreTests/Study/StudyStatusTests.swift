import Foundation
import RapportCore
import Testing

/// `rapport study status`: quota cells, who waits, how the interviews stand, and the
/// compensation still owed, in a table that fits the terminal.
@Suite struct StudyStatusTests {
  static func status() throws -> StudyStatus {
    let ledger = StudyFixtures.ledger([
      StudyLedgerEntry(type: .screened, respondent: "R001", outcome: .ineligible, step: "x"),
      StudyFixtures.enrolled("P001", "imperial", 1), StudyFixtures.enrolled("P002", "imperial", 1),
      StudyFixtures.enrolled("P003", "ucl", 2), StudyFixtures.assigned("P003", "IA", "NA"),
      StudyFixtures.enrolled("P004", "dundee", 3),
    ])
    var done = ParticipantTableTests.session(
      "P001", "Male", "Imperial College London", 1, index: 1)
    done.record.visits = [
      .init(
        step: "debrief", entered: 0, left: 1, seconds: 1,
        moments: [.init(time: 0, kind: .checked(item: 1, text: nil, isChecked: true))])
    ]
    let interrupted = ParticipantTableTests.session(
      "P002", "Male", "Imperial College London", 1, index: 2, status: .inProgress)
    return StudyStatus(
      plan: try StudyFixtures.plan(), ledger: ledger, sessions: [done, interrupted])
  }

  @Test func theTableCountsCellsWaitingInterviewsAndCompensation() throws {
    #expect(
      try Self.status().text(width: 80) == """
        SITE        BY    FILLED  OPEN  OVER  CELLS
        imperial    year  0       4     1     1:2/1! 2:0/1 3:0/1 4:0/1 5:0/1
        ucl         year  1       3     0     1:0/1 2:1/1 3:0/1 4:0/1
        nottingham  year  0       4     0     1:0/1 2:0/1 3:0/1 4:0/1
        dundee      year  1       3     0     1:0/1 2:0/1 3:1/1 4:0/1

        Quota cells: 2 filled, 14 open, 1 over
        Screened: 4 eligible, 1 not eligible, 0 unfinished
        Eligible waiting for an interview: 2 (1 assigned) — P003, P004
        Interviews: 1 done, 0 in progress, 1 interrupted, 0 ended early — P002
        Compensation owed (£20 shopping voucher): 1 — P001

        """)
  }

  @Test func aNarrowTerminalPutsTheCellsUnderTheirRowAndLosesNoCount() throws {
    let text = try Self.status().text(width: 40)
    #expect(text.split(separator: "\n").allSatisfy { $0.count <= 40 })
    #expect(
      text == """
        SITE        BY    FILLED  OPEN  OVER
        imperial    year  0       4     1
          1:2/1! 2:0/1 3:0/1 4:0/1 5:0/1
        ucl         year  1       3     0
          1:0/1 2:1/1 3:0/1 4:0/1
        nottingham  year  0       4     0
          1:0/1 2:0/1 3:0/1 4:0/1
        dundee      year  1       3     0
          1:0/1 2:0/1 3:1/1 4:0/1

        Quota cells: 2 filled, 14 open, 1 over
        Screened: 4 eligible, 1 not eligible, 0
            unfinished
        Eligible waiting for an interview: 2 (1
            assigned) — P003, P004
        Interviews: 1 done, 0 in progress, 1
            interrupted, 0 ended early — P002
        Compensation owed (£20 shopping
            voucher): 1 — P001

        """)
  }

  @Test func manyParticipantsWaitingAreAllListedAndNoStudyIsAnEmptyTable() throws {
    let ids = (1...60).map { ParticipantIDScheme().id($0) }
    let ledger = StudyFixtures.ledger(ids.map { StudyFixtures.enrolled($0, "ucl", 1) })
    let status = StudyStatus(plan: try StudyFixtures.plan(), ledger: ledger, sessions: [])
    let text = status.text(width: 40)
    #expect(text.split(separator: "\n").allSatisfy { $0.count <= 40 })
    for id in ids { #expect(text.contains(id)) }
    #expect(text.contains("1:60/1!"))
    let empty = StudyStatus(plan: try StudyFixtures.plan(), ledger: StudyLedger(), sessions: [])
    #expect(empty.text(width: 80).contains("Eligible waiting for an interview: 0 (0 assigned)\n"))
  }

  @Test func theJSONHasTheSameCounts() throws {
    let json = try Self.status().json
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(object["compensation-owed"] as? [String] == ["P001"])
    #expect(object["waiting"] as? [String] == ["P003", "P004"])
    let interviews = try #require(object["interviews"] as? [String: [String]])
    #expect(interviews["interrupted"] == ["P002"])
    let cells = try #require(object["cells"] as? [[String: Any]])
    #expect(cells.count == 17)
    #expect(cells.first?["state"] as? String == "over")
  }

  @Test func aDamagedLedgerLineIsAProblemWithItsPlace() throws {
    var data = StudyFixtures.enrolled("P001", "ucl", 1).line
    data.append(Data("{\"type\":\"screened\",\"outc\n".utf8))
    let status = StudyStatus(
      plan: try StudyFixtures.plan(), ledger: StudyLedger(data: data, path: "L.jsonl"),
      sessions: [])
    #expect(
      status.text().hasSuffix(
        "problem: L.jsonl:2:1: error: this line of the study ledger cannot be read [ledger-damaged]\n"
      ))
    #expect(status.waiting == ["P001"])
  }

  @Test func anAssignmentInTheLedgerThatBreaksTheRulesIsAProblem() throws {
    let ledger = StudyFixtures.ledger([
      StudyFixtures.enrolled("P001", "ucl", 1), StudyFixtures.assigned("P001", "UA", "ZZ"),
    ])
    let status = StudyStatus(plan: try StudyFixtures.plan(), ledger: ledger, sessions: [])
    #expect(
      status.problems == [
        "ledger.jsonl:2:1: error: 'UA' is from the participant's own institution; investigators "
          + "only interview participants external to their own institution [assignment-rule]",
        "ledger.jsonl:2:1: error: unknown interviewer 'ZZ' [assignment-rule]",
      ])
  }

  @Test func aScreeningStartedAndNeverDecidedIsListed() throws {
    // R002's terminal was closed mid-screening: its session is left, with no outcome.
    let ledger = StudyFixtures.ledger([
      StudyLedgerEntry(type: .screeningStarted, respondent: "R001"),
      StudyLedgerEntry(type: .screeningStarted, respondent: "R002"),
      StudyLedgerEntry(type: .screened, respondent: "R001", outcome: .unfinished),
    ])
    let status = StudyStatus(plan: try StudyFixtures.plan(), ledger: ledger, sessions: [])
    #expect(
      status.text(width: 120).contains(
        "Screened: 0 eligible, 0 not eligible, 1 unfinished; 1 started, not decided — R002\n"))
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(status.json.utf8)) as? [String: Any])
    #expect(object["undecided"] as? [String] == ["R002"])
  }
}

import Foundation
import RapportCore
import Testing

/// `rapport study status` and `study table` do work in proportion to the study: the
/// ledger is folded once, and each session is looked at once, with its participant found
/// through an index, never by walking the ledger or the other sessions. Shown by counting
/// the work (`WorkCount`: ledger lines folded, sessions, participants and cells visited),
/// never by timing it; only debug builds count.
@Suite(
  "Study status and table work grows with the study, not its square",
  .enabled(if: WorkCount.isCounting))
struct StudyWorkTests {
  /// A study of `count` participants, each screened, assigned and interviewed once, at
  /// two sites and four year groups.
  struct Study {
    var ledger: Data
    var sessions: [StudySession]
  }

  static func study(_ count: Int) -> Study {
    var entries: [StudyLedgerEntry] = []
    var sessions: [StudySession] = []
    let sites = [
      ("imperial", "Imperial College London", "UA"), ("ucl", "University College London", "IA"),
    ]
    for index in 1...count {
      let id = "P" + String(format: "%03d", index)
      let (site, name, lead) = sites[index % 2]
      let year = 1 + index % 4
      entries.append(.init(type: .screeningStarted, respondent: "R\(index)"))
      entries.append(
        .init(
          type: .screened, respondent: "R\(index)", participant: id, outcome: .eligible,
          attributes: ["school": site, "year": String(year)]))
      entries.append(StudyFixtures.assigned(id, lead, "NA"))
      var session = ParticipantTableTests.session(id, "Female", name, year, index: index)
      session.record.visits = [
        .init(
          step: "debrief", entered: 0, left: 1, seconds: 1,
          moments: [.init(time: 0, kind: .checked(item: 1, text: nil, isChecked: index % 3 > 0))])
      ]
      sessions.append(session)
    }
    return Study(
      ledger: entries.reduce(into: Data()) { $0.append($1.line) }, sessions: sessions)
  }

  /// Everything `study status` and `study table` compute from the ledger and sessions.
  static func workOfStatusAndTable(_ study: Study) throws -> WorkCount.Tally {
    let plan = try StudyFixtures.plan()
    let interview = try #require(try StudyFixtures.shipped().interview?.model)
    return WorkCount.measure {
      let ledger = StudyLedger(data: study.ledger, path: "ledger.jsonl")
      let status = StudyStatus(plan: plan, ledger: ledger, sessions: study.sessions)
      _ = status.text(width: 80)
      _ = status.json
      let table = ParticipantTable(
        plan: plan, interview: interview, ledger: ledger, sessions: study.sessions)
      _ = table.markdown(title: plan.title.value)
      _ = table.csv
    }
  }

  @Test func tenTimesTheSessionsIsTenTimesTheWork() throws {
    let small = try Self.workOfStatusAndTable(Self.study(100))
    let large = try Self.workOfStatusAndTable(Self.study(1_000))
    #expect(small.folded == 300, "each ledger line is folded once")
    #expect(large.folded == 3_000)
    #expect(large.total <= small.total * 11, "\(small) \(large)")
    #expect(large.total >= small.total * 9, "\(small) \(large)")
  }

  /// The counter is not blind to work that grows with the square: checking every
  /// assignment with its quota warnings (what `rapport assign` does for one) counts every
  /// assigned participant each time. `study status` checks only the refusals.
  @Test func quotaWarningsForEveryAssignmentAreSeenAsQuadratic() throws {
    let plan = try StudyFixtures.plan()
    func work(_ count: Int) -> WorkCount.Tally {
      let ledger = StudyLedger(data: Self.study(count).ledger, path: "ledger.jsonl")
      return WorkCount.measure {
        for assignment in ledger.assignments.values {
          _ = AssignmentRules.check(
            participant: assignment.participant, lead: assignment.lead,
            support: assignment.support, plan: plan, ledger: ledger, replacing: true)
        }
      }
    }
    #expect(work(1_000).visited > work(100).visited * 50)
  }
}

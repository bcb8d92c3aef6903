/// `rapport study status`: the quota cells, the participants waiting, the interviews and
/// the compensation still owed, from the ledger and the sessions of every folder.
public struct StudyStatus: Sendable {
  public var studyID: String
  public var tally: QuotaTally
  public var screened: [StudyLedgerEntry.Outcome: Int]
  /// Screenings started with no outcome in the ledger (in progress, or stopped by a crash).
  public var undecided: [String]
  /// Participants with an id and no interview session yet, and how many are assigned.
  public var waiting: [String]
  /// Participants who withdrew (`rapport delete --study`): in no quota, waiting for nothing.
  public var withdrawn: [String]
  public var waitingAssigned: Int
  public var interviews: [StudySession.Progress: [String]]
  /// Participants whose interview is over without the compensation item ticked.
  public var compensationOwed: [String]
  public var compensationWhat: String?
  /// Problems found: ledger diagnostics and sessions in two folders.
  public var problems: [String]

  public init(plan: StudyPlan, ledger: StudyLedger, sessions found: [StudySession]) {
    let combined = StudySession.combine(found)
    let sessions = combined.sessions
    studyID = plan.id.value
    tally = QuotaTally(
      plan: plan, participants: ledger.taking.map { ($0.id, $0.attributes) })
    screened = ledger.outcomes
    undecided = ledger.undecided
    let interviewed = Set(sessions.map(\.participant))
    waiting = ledger.taking.map(\.id).filter { !interviewed.contains($0) }
    withdrawn = ledger.withdrawnIDs
    waitingAssigned = waiting.count { ledger.assignments[$0] != nil }
    var interviews: [StudySession.Progress: [String]] = [:]
    var owed: [String] = []
    for session in sessions {
      WorkCount.visit()
      interviews[session.progress, default: []].append(session.participant)
      if [.done, .endedEarly].contains(session.progress),
        session.compensationTicked(plan.compensation) == false
      {
        owed.append(session.participant)
      }
    }
    self.interviews = interviews
    compensationOwed = owed
    compensationWhat = plan.compensation?.what.value
    problems =
      (ledger.diagnostics + Self.assignmentProblems(plan: plan, ledger: ledger)).map(\.compilerForm)
      + combined.duplicates.map {
        "session '\($0.name)' is in \($0.folders.count) folders: "
          + $0.folders.map { "'\($0)'" }.joined(separator: ", ") + " (counted once)"
      }
  }

  /// Assignments in the ledger that break the study's rules (a hand-edited ledger, or a
  /// study file changed since): each at its ledger line.
  static func assignmentProblems(plan: StudyPlan, ledger: StudyLedger) -> [Diagnostic] {
    // A withdrawn participant's assignment is history, not a pairing to check.
    ledger.assignments.values.filter { ledger.participant($0.participant)?.withdrawn != true }
      .sorted { $0.location < $1.location }.flatMap { assignment in
        AssignmentRules.refusals(
          participant: assignment.participant, lead: assignment.lead,
          support: assignment.support, plan: plan, ledger: ledger, replacing: true
        )
        // One person in both roles is the ledger's own `same-interviewer` diagnostic.
        .filter { $0.rule != "same-interviewer" }
        .map { Diagnostic.error("assignment-rule", $0.message, at: assignment.location) }
      }
  }
}

/// What a finished screening session means for the study: eligible (and the next
/// participant id), not eligible, or unfinished, decided by the screening protocol's own
/// ends: its last step reached is eligible, an `end` with a `when:` is not.
///
/// Only the answers the study file allows are kept: `keep` for the eligible,
/// `keep-if-ineligible` (nothing, unless it says so) for the rest.
public enum ScreeningDecision {
  /// Respondents are numbered R001, R002, … for their screening sessions (the screening
  /// protocol's id pattern must accept them; lint checks).
  public static let respondentIDs = ParticipantIDScheme(prefix: "R", digits: 3, first: 1)

  /// The `reason` of a completed screening whose answers fall in no quota cell.
  public static let outsideQuotas = "outside-quotas"

  /// The ledger line for a screening session that has stopped, given the ledger as it is
  /// now (read under the ledger's lock, so the id given is the next one and no one else's).
  public static func entry(
    for record: SessionRecord, respondent: String, plan: StudyPlan, ledger: StudyLedger,
    at stamp: String
  ) -> StudyLedgerEntry {
    let answers = record.attributes + record.answers
    func kept(_ ids: [Located<String>]) -> [String: String] {
      var cells: [String: String] = [:]
      for id in ids.map(\.value) {
        if let answer = answers.last(where: { $0.item == id }) {
          cells[id] = StudyCell.text(answer.value)
        }
      }
      return cells
    }
    var entry = StudyLedgerEntry(type: .screened, respondent: respondent, at: stamp)
    switch record.status {
    case .completed:
      let attributes = kept(plan.screening?.keep ?? [])
      let tally = QuotaTally(plan: plan, participants: [])
      let site = attributes[plan.screening?.siteItem.value ?? ""]
      if !plan.quotas.isEmpty, tally.cell(site: site, attributes: attributes) == nil {
        // The plan's cells are the year groups each site has: outside them is not eligible.
        entry.outcome = .ineligible
        entry.reason = outsideQuotas
        let allowed = kept(plan.screening?.keepIfIneligible ?? [])
        entry.attributes = allowed.isEmpty ? nil : allowed
        return entry
      }
      entry.outcome = .eligible
      entry.participant = plan.participantIDs.next(after: ledger.participantIDs)
      entry.attributes = attributes
    case .screenedOut:
      entry.outcome = .ineligible
      entry.step = record.endStep
      let allowed = kept(plan.screening?.keepIfIneligible ?? [])
      entry.attributes = allowed.isEmpty ? nil : allowed
    case .endedEarly, .inProgress:
      entry.outcome = .unfinished
    }
    return entry
  }

  /// What the coordinator sees once the decision is in the ledger. Ids only, never answers.
  public static func message(_ entry: StudyLedgerEntry, plan: StudyPlan) -> [String] {
    switch entry.outcome {
    case .eligible:
      return [
        "Eligible: participant id \(entry.participant ?? "?") (respondent \(entry.respondent ?? "?")).",
        "Assign interviewers with: rapport assign \(entry.participant ?? "?") --lead ID "
          + "--support ID --study STUDY-FILE",
      ]
    case .ineligible:
      let why =
        entry.reason == outsideQuotas
        ? "the study plans no participant of this site and year group"
        : entry.step ?? "screened out"
      var lines = ["Not eligible (\(why)); no participant id given."]
      if let text = plan.screening?.ineligibleText?.value { lines.append(text) }
      return lines
    case .unfinished, nil:
      return ["The screening did not finish; nothing was decided and no id was given."]
    }
  }
}

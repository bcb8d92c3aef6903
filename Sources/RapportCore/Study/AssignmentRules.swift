/// The rules of `rapport assign`: who may lead and support whose interview.
///
/// The reference study's rule is that investigators only interview participants external
/// to their own institution; one person cannot take both roles; each takes only the roles
/// the study file gives them; a participant is assigned once (unless replaced on purpose).
public enum AssignmentRules {
  public struct Problem: Equatable, Sendable {
    public var isRefusal: Bool
    public var message: String
    /// Which rule: `own-institution`, `same-interviewer`, `unknown-interviewer`, `role`,
    /// `not-a-participant`, `assigned`, `quota-full`, `no-cell`.
    public var rule: String
  }

  /// Every problem with assigning `lead` and `support` to `participant`; a refusal stops
  /// the assignment, the rest are warnings.
  public static func check(
    participant id: String, lead: String, support: String, plan: StudyPlan, ledger: StudyLedger,
    replacing: Bool
  ) -> [Problem] {
    let problems = refusals(
      participant: id, lead: lead, support: support, plan: plan, ledger: ledger,
      replacing: replacing)
    guard let participant = ledger.participant(id) else { return problems }
    return problems + quotaWarnings(participant, plan: plan, ledger: ledger)
  }

  /// The problems that stop an assignment, without the quota warnings (which count every
  /// assigned participant): `study status` checks each assignment of the ledger with
  /// these, so its work grows with the ledger, not with its square.
  public static func refusals(
    participant id: String, lead: String, support: String, plan: StudyPlan, ledger: StudyLedger,
    replacing: Bool
  ) -> [Problem] {
    func refuse(_ rule: String, _ message: String) -> Problem {
      Problem(isRefusal: true, message: message, rule: rule)
    }
    guard let participant = ledger.participant(id) else {
      return [
        refuse(
          "not-a-participant",
          "'\(id)' is not a participant of this study (no eligible screening gave it)")
      ]
    }
    guard !participant.withdrawn else {
      return [
        refuse(
          "withdrawn", "'\(id)' withdrew from the study; their id is never used again")
      ]
    }
    var problems: [Problem] = []
    if lead == support {
      problems.append(
        refuse(
          "same-interviewer", "'\(lead)' cannot be both the lead and the supporting interviewer"))
    }
    let siteKey = plan.screening?.siteItem.value ?? "site"
    let site = participant.attributes[siteKey]
    for (name, role) in [(lead, Role.lead), (support, Role.support)] {
      guard let interviewer = plan.interviewer(name) else {
        var message = "unknown interviewer '\(name)'"
        let ids = plan.interviewers.map(\.id.value)
        if let guess = SpellingSuggestion.closest(to: name, among: ids) {
          message += " (did you mean '\(guess)'?)"
        }
        problems.append(refuse("unknown-interviewer", message))
        continue
      }
      if !interviewer.takes(role) {
        problems.append(
          refuse("role", "'\(name)' does not take the \(role.rawValue) role in this study"))
      }
      if interviewer.site.value == site {
        // The institution is not named: it is the participant's, which is personal data.
        problems.append(
          refuse(
            "own-institution",
            "'\(name)' is from the participant's own institution; investigators only "
              + "interview participants external to their own institution"))
      }
    }
    if ledger.assignments[id] != nil, !replacing {
      problems.append(
        refuse("assigned", "'\(id)' is already assigned; give --replace to change it"))
    }
    return problems
  }

  private static func quotaWarnings(
    _ participant: StudyLedger.Participant, plan: StudyPlan, ledger: StudyLedger
  ) -> [Problem] {
    let siteKey = plan.screening?.siteItem.value ?? "site"
    WorkCount.visit(ledger.participants.count)
    let assigned = ledger.taking.filter {
      $0.id != participant.id && ledger.assignments[$0.id] != nil
    }
    let tally = QuotaTally(plan: plan, participants: assigned.map { ($0.id, $0.attributes) })
    let site = participant.attributes[siteKey]
    guard let cell = tally.cell(site: site, attributes: participant.attributes) else {
      return plan.quotas.isEmpty
        ? []
        : [
          Problem(
            isRefusal: false, message: "'\(participant.id)' falls in no quota cell of the plan",
            rule: "no-cell")
        ]
    }
    guard cell.count >= cell.target else { return [] }
    return [
      Problem(
        isRefusal: false,
        // Which cell it is (the participant's site and year) is personal: 'study status' says.
        message: "the quota cell of '\(participant.id)' is already full (\(cell.count) of "
          + "\(cell.target): " + cell.participants.joined(separator: ", ")
          + "); 'rapport study status' shows the cells", rule: "quota-full")
    ]
  }
}

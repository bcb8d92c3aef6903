import ArgumentParser
import Foundation
import RapportCore
import RapportTerminal

/// `rapport run --study`: the interviewers the study's ledger assigned to a participant,
/// and the participant's site, whose welfare text the debrief shows.
struct AssignedInterviewers {
  var lead: String
  var support: String
  var site: StudySite?

  /// The assignment of `participant` in the ledger in `folder`, or exit 1 saying why
  /// there is none. Interviewers typed on the command line must be the assigned ones.
  static func find(
    study path: String, ledgerFolder folder: String, participant: String, lead: String?,
    support: String?
  ) throws -> AssignedInterviewers {
    let plan = try StudyOptions.parse(["--study", path]).load().plan
    let ledger = try readLedger(folder, plan: plan)
    if ledger.participant(participant)?.withdrawn == true {
      try StandardError.fail(
        "'\(participant)' withdrew from the study; their id is never used again")
    }
    guard let assignment = ledger.assignments[participant] else {
      try StandardError.fail(
        "'\(participant)' has no interviewers assigned in '\(folder)'; assign them first: "
          + "rapport assign \(participant) --lead ID --support ID --study \(path)")
    }
    for (given, assigned, role) in [
      (lead, assignment.lead, "lead"), (support, assignment.support, "support"),
    ] {
      if let given, given != assigned {
        try StandardError.fail(
          "'\(participant)' is assigned \(assigned) as \(role), not \(given) (change it with "
            + "'rapport assign \(participant) … --replace')")
      }
    }
    let siteKey = plan.screening?.siteItem.value ?? "site"
    let site = ledger.participant(participant)?.attributes[siteKey].flatMap { plan.site($0) }
    return AssignedInterviewers(
      lead: assignment.lead, support: assignment.support, site: site)
  }

  /// Each participant's site in the study's ledger in `folder`, for `resume --study`.
  static func sites(study path: String, ledgerFolder folder: String) throws -> [String: StudySite] {
    let plan = try StudyOptions.parse(["--study", path]).load().plan
    let ledger = try readLedger(folder, plan: plan)
    let siteKey = plan.screening?.siteItem.value ?? "site"
    var sites: [String: StudySite] = [:]
    for participant in ledger.participants {
      if let site = participant.attributes[siteKey].flatMap({ plan.site($0) }) {
        sites[participant.id] = site
      }
    }
    return sites
  }

  /// The ledger in `folder`, which is checked as a responses folder is (never followed
  /// through a link).
  private static func readLedger(_ folder: String, plan: StudyPlan) throws -> StudyLedger {
    try StandardError.failing {
      _ = try SessionStore(root: folder).checkRoot()
      return try StudyLedgerFile(root: folder, studyID: plan.id.value).read()
    }
  }
}

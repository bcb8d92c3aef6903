import ArgumentParser
import Foundation
import RapportCore
import RapportTerminal

/// `--study` and `--ledger` of `rapport run`, `resume`, `join` and `delete`: the study a
/// participant belongs to, so a new session's interviewers come from their assignment, the
/// debrief on both terminals shows their own site's welfare text, and a withdrawal erases
/// their answers from the ledger.
struct StudyLink: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "The study file the participant belongs to: their assigned interviewers, their "
        + "site's welfare text at the debrief, their entries in the study's ledger.",
      valueName: "study-file"))
  var study: String?

  @Option(
    help: ArgumentHelp(
      "With --study: the responses folder holding the study's ledger (default: --responses).",
      valueName: "folder"))
  var ledger: String?

  /// The assignment of `participant`, or nil without `--study`; exits 1 saying why when
  /// the participant has none or the interviewers typed are not the assigned ones.
  /// The folder holding the study's ledger.
  func ledgerFolder(responses: ResponsesFolder) -> String { ledger ?? responses.path }

  func assignment(
    of participant: String, lead: String?, support: String?, responses: ResponsesFolder
  ) throws -> AssignedInterviewers? {
    guard let study else { return nil }
    return try AssignedInterviewers.find(
      study: study, ledgerFolder: ledgerFolder(responses: responses), participant: participant,
      lead: lead, support: support)
  }

  /// The protocol a resumed or joined session shows: its site's welfare text filled in
  /// with `--study`, as it was when the session started; the bracketed gap without it.
  func siteFilling(
    responses: ResponsesFolder
  ) throws -> (SessionStart, InterviewProtocol) -> InterviewProtocol {
    let sites = try study.map {
      try AssignedInterviewers.sites(study: $0, ledgerFolder: ledgerFolder(responses: responses))
    }
    return { start, snapshot in
      SitePlaceholders.fill(snapshot, site: sites?[start.participant])
    }
  }
}

import ArgumentParser
import Foundation
import RapportCore
import RapportTerminal

/// `--study` and `--ledger` of `rapport run`, `resume` and `join`: the study a session
/// belongs to, so a new session's interviewers come from the participant's assignment and
/// the debrief, on both terminals, shows the welfare text of the participant's own site.
struct StudyLink: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "The study file: a new session's interviewers come from the participant's "
        + "assignment, and the debrief shows the participant's own site's welfare text.",
      valueName: "study-file"))
  var study: String?

  @Option(
    help: ArgumentHelp(
      "With --study: the responses folder holding the study's ledger (default: --responses).",
      valueName: "folder"))
  var ledger: String?

  /// The assignment of `participant`, or nil without `--study`; exits 1 saying why when
  /// the participant has none or the interviewers typed are not the assigned ones.
  func assignment(
    of participant: String, lead: String?, support: String?, responses: ResponsesFolder
  ) throws -> AssignedInterviewers? {
    guard let study else { return nil }
    return try AssignedInterviewers.find(
      study: study, ledgerFolder: ledger ?? responses.path, participant: participant,
      lead: lead, support: support)
  }

  /// The protocol a resumed or joined session shows: its site's welfare text filled in
  /// with `--study`, as it was when the session started; the bracketed gap without it.
  func siteFilling(
    responses: ResponsesFolder
  ) throws -> (SessionStart, InterviewProtocol) -> InterviewProtocol {
    let sites = try study.map {
      try AssignedInterviewers.sites(study: $0, ledgerFolder: ledger ?? responses.path)
    }
    return { start, snapshot in
      SitePlaceholders.fill(snapshot, site: sites?[start.participant])
    }
  }
}

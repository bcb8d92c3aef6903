import Foundation
import RapportCore
import RapportTerminal

/// `rapport delete --study`: the participant's kept screening answers in the study's
/// ledger, erased and the withdrawal recorded (`StudyLedgerFile.withdraw`).
struct LedgerWithdrawal {
  var file: StudyLedgerFile
  /// What the ledger holds of the participant now, for the list shown before confirming.
  var participant: StudyLedger.Participant?

  /// The ledger of the study file `study` in `folder`, checked as a responses folder is.
  static func open(study: String, ledgerFolder folder: String, participant id: String) throws
    -> LedgerWithdrawal
  {
    let plan = try StudyOptions.parse(["--study", study]).load().plan
    return try StandardError.failing {
      _ = try SessionStore(root: folder).checkRoot()
      let file = StudyLedgerFile(root: folder, studyID: plan.id.value)
      return LedgerWithdrawal(file: file, participant: try file.read().participant(id))
    }
  }

  /// The line listed before confirming, or nil when the ledger has nothing to erase.
  var listed: String? {
    guard let participant, !participant.withdrawn else { return nil }
    return "  \(file.path): their kept screening answers (\(participant.attributes.count)); "
      + "the id stays given, never reused"
  }

  /// Erases and says what happened.
  func run(_ id: String) throws -> String {
    let outcome: StudyLedgerErasure.Outcome
    do {
      outcome = try file.withdraw(id)
    } catch {
      try StandardError.fail(
        "the withdrawal of \(id) could not be recorded (\(error.localizedDescription)); "
          + "the ledger is unchanged and nothing else was removed: run the command again "
          + "once this is fixed")
    }
    switch outcome {
    case .erased(_, let answers):
      return "erased \(answers) kept answer(s) of \(id) from \(file.path) and recorded "
        + "the withdrawal"
    case .alreadyWithdrawn:
      return "\(id) had already withdrawn in \(file.path); it is unchanged"
    case .notInLedger:
      return "\(id) is not a participant in \(file.path); it is unchanged"
    }
  }
}

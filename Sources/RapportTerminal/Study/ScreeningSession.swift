import Foundation
import RapportCore

/// One respondent's screening as the study's ledger sees it: the respondent id taken at
/// the start, the decision recorded at the end, and the screening folder removed once the
/// ledger holds all the study keeps of it.
///
/// Every step reads and appends under the ledger's lock (`StudyLedgerFile.update`), so two
/// coordinators screening at once never get the same respondent or participant id, and a
/// ledger with a damaged line gives no new id (the line may hide one already given).
public struct ScreeningSession: Sendable {
  /// Why a screening stopped, said to the coordinator as `message` after the located
  /// `diagnostics` (the ledger's damaged lines), each without any participant's answers.
  public struct Refusal: Error, LocalizedError, Sendable {
    public var diagnostics: [Diagnostic]
    public var message: String
    public var errorDescription: String? { message }
  }

  public let plan: StudyPlan
  public let ledger: StudyLedgerFile

  public init(plan: StudyPlan, ledger: StudyLedgerFile) {
    self.plan = plan
    self.ledger = ledger
  }

  /// The next respondent id (R001, R002, …), in the ledger as started before the
  /// screening runs. Refused before any screening when the ledger has damaged lines.
  public func start(at stamp: String = StudyLedgerFile.stamp()) throws -> String {
    let started = try ledger.update { current -> (entry: StudyLedgerEntry?, result: String?) in
      guard current.damagedLines.isEmpty else { return (nil, nil) }
      let id = ScreeningDecision.respondentIDs.next(after: current.respondents)
      return (StudyLedgerEntry(type: .screeningStarted, respondent: id, at: stamp), id)
    }
    guard let started else {
      let damaged = try ledger.read().damagedLines
      throw Refusal(
        diagnostics: damaged,
        message: "the study ledger has \(damaged.count) damaged line(s), which may hide a "
          + "participant id already given, so no new id can be given: repair or remove them "
          + "first (see docs/study.md, 'The ledger')")
    }
    return started
  }

  /// The decision on the screening in `folder`, on disk in the ledger. When it cannot be
  /// written (a full disk, a ledger damaged meanwhile) no id is given, the session is kept
  /// so nothing is lost, and the refusal says, once, what to do.
  public func decide(
    _ folder: SessionFolder, respondent: String, at stamp: String = StudyLedgerFile.stamp()
  ) throws -> StudyLedgerEntry {
    var reader = JournalExportReader()
    let record = try reader.read(folder.readJournal()).session.record
    let unrecorded =
      "; no participant id was given. The screening session '\(folder.path)' is kept: "
      + "once this is fixed, screen the respondent again and remove it with "
      + "'rapport delete \(respondent) --responses \(ledger.root)'"
    let decided: StudyLedgerEntry?
    do {
      decided = try ledger.update {
        current -> (entry: StudyLedgerEntry?, result: StudyLedgerEntry?) in
        guard current.damagedLines.isEmpty else { return (nil, nil) }
        let entry = ScreeningDecision.entry(
          for: record, respondent: respondent, plan: plan, ledger: current, at: stamp)
        return (entry, entry)
      }
    } catch {
      throw Refusal(
        diagnostics: [],
        message: "the screening of \(respondent) could not be recorded in the study ledger ("
          + error.localizedDescription + ")" + unrecorded)
    }
    guard let decided else {
      throw Refusal(
        diagnostics: [],
        message: "the study ledger '\(ledger.path)' was damaged during the screening of "
          + "\(respondent)" + unrecorded)
    }
    return decided
  }

  /// Removes the screening folder, whose answers beyond those the ledger keeps are not
  /// kept. The warning to show when something is left, nil when it is all gone.
  public static func discard(_ folder: SessionFolder, respondent: String) -> String? {
    guard !FolderRemoval.removeTree(folder.path) else { return nil }
    return "could not remove the screening session '\(folder.path)'; remove it with "
      + "'rapport delete \(respondent)'"
  }
}

import Foundation
import RapportCore
import RapportTestSupport

/// The shipped study and its protocols, loaded as `rapport lint` loads them, and helpers
/// to make study files, ledgers and sessions for the study tests.
enum StudyFixtures {
  static let studyPath = "Protocols/belonging-study.yaml"

  static func text(_ path: String) throws -> String {
    try String(
      contentsOf: ShippedProtocols.packageRoot.appendingPathComponent(path), encoding: .utf8)
  }

  /// Reads repository files for `StudyCheck`, by their paths relative to the root.
  static func read(_ path: String) -> StudyCheck.Source {
    guard
      let data = try? Data(contentsOf: ShippedProtocols.packageRoot.appendingPathComponent(path))
    else {
      return .unreadable(
        .error(
          "cannot-read", "cannot read '\(path)': no such file",
          at: SourceLocation(file: path, line: 1, column: 1)))
    }
    return .data(data)
  }

  /// A study file's text checked with the shipped protocols.
  static func check(_ text: String, path: String = studyPath) -> StudyCheck.Result {
    StudyCheck.check(data: Data(text.utf8), path: path, read: read)
  }

  static func shipped() throws -> StudyCheck.Result {
    check(try text(studyPath))
  }

  static func plan() throws -> StudyPlan {
    guard let plan = try shipped().plan else { throw FixtureError.notLoaded }
    return plan
  }

  enum FixtureError: Error { case notLoaded }

  /// The shipped study with one line replaced (`old` must be in it).
  static func edited(_ old: String, _ new: String) throws -> String {
    let text = try text(studyPath)
    precondition(text.contains(old), "fixture: '\(old)' is not in the study file")
    return text.replacingOccurrences(of: old, with: new)
  }

  /// A ledger made of entries, as its bytes.
  static func ledger(_ entries: [StudyLedgerEntry]) -> StudyLedger {
    StudyLedger(data: entries.reduce(into: Data()) { $0.append($1.line) }, path: "ledger.jsonl")
  }

  static func enrolled(_ id: String, _ school: String, _ year: Int) -> StudyLedgerEntry {
    StudyLedgerEntry(
      type: .screened, respondent: "R" + id.dropFirst(), participant: id, outcome: .eligible,
      attributes: ["school": school, "year": String(year)])
  }

  static func assigned(_ id: String, _ lead: String, _ support: String) -> StudyLedgerEntry {
    StudyLedgerEntry(type: .assigned, participant: id, lead: lead, support: support)
  }
}

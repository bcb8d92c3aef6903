import Foundation

/// The fold of a study's ledger: who was screened, which participant ids were given (with
/// the answers kept), and who interviews whom.
///
/// Problems in the ledger itself (a damaged line, an id given twice, a participant
/// assigned twice without `--replace`, one interviewer in both roles) are located
/// diagnostics, `ledger:line:1: error: …`; nothing is fixed silently.
public struct StudyLedger: Sendable {
  /// An eligible respondent with their participant id.
  public struct Participant: Equatable, Sendable {
    public var id: String
    public var respondent: String?
    /// Kept screening answers as cell texts (none once withdrawn).
    public var attributes: [String: String]
    public var location: SourceLocation
    /// True once the participant withdrew: counted in no quota, waiting for nothing.
    public var withdrawn = false
  }

  public struct Assignment: Equatable, Sendable {
    public var participant: String
    public var lead: String
    public var support: String
    public var location: SourceLocation
  }

  public private(set) var respondents: [String] = []
  /// Respondents whose screening has an outcome (eligible, not eligible or unfinished).
  public private(set) var decided: Set<String> = []
  public private(set) var participants: [Participant] = []
  /// Where each participant id is in `participants`, so a look-up does not walk the list
  /// (status and the table look up every session's participant).
  private var participantIndex: [String: Int] = [:]
  public private(set) var assignments: [String: Assignment] = [:]
  public private(set) var outcomes: [StudyLedgerEntry.Outcome: Int] = [:]
  public private(set) var diagnostics: [Diagnostic] = []

  public init() {}

  /// Folds a ledger's bytes; `path` names it in diagnostics.
  public init(data: Data, path: String) {
    var number = 0
    for line in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
      number += 1
      guard !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) else { continue }
      let location = SourceLocation(file: path, line: number, column: 1)
      guard let entry = StudyLedgerEntry.parse(Data(line)) else {
        diagnostics.append(
          .error("ledger-damaged", "this line of the study ledger cannot be read", at: location))
        continue
      }
      apply(entry, at: location)
    }
  }

  /// Adds one entry, as read from `location`.
  public mutating func apply(_ entry: StudyLedgerEntry, at location: SourceLocation) {
    WorkCount.fold()
    switch entry.type {
    case .screeningStarted:
      if let respondent = entry.respondent { respondents.append(respondent) }
    case .screened:
      if let outcome = entry.outcome { outcomes[outcome, default: 0] += 1 }
      if let respondent = entry.respondent { decided.insert(respondent) }
      guard entry.outcome == .eligible, let id = entry.participant else { return }
      if let earlier = participant(id) {
        diagnostics.append(
          .error(
            "duplicate-participant", "participant id '\(id)' was given to two respondents",
            at: location, notes: [.init("first given here", at: earlier.location)]))
        return
      }
      participantIndex[id] = participants.count
      participants.append(
        Participant(
          id: id, respondent: entry.respondent, attributes: entry.attributes ?? [:],
          location: location))
    case .assigned:
      guard let id = entry.participant, let lead = entry.lead, let support = entry.support
      else { return }
      if lead == support {
        diagnostics.append(
          .error(
            "same-interviewer",
            "'\(lead)' is both the lead and the supporting interviewer of '\(id)'", at: location))
      }
      if let earlier = assignments[id], entry.replaces != true {
        diagnostics.append(
          .error(
            "assigned-twice", "participant '\(id)' is assigned twice", at: location,
            notes: [.init("first assigned here", at: earlier.location)]))
      }
      assignments[id] = Assignment(
        participant: id, lead: lead, support: support, location: location)
    case .withdrawn:
      guard let id = entry.participant, let index = participantIndex[id] else { return }
      participants[index].withdrawn = true
      participants[index].attributes = [:]
    }
  }

  /// The participant given `id`, found through the index.
  public func participant(_ id: String) -> Participant? {
    WorkCount.visit()
    return participantIndex[id].map { participants[$0] }
  }

  /// The lines that could not be read (a line cut short by a crash, or a hand edit). One
  /// of them may be an id given, so `rapport screen` gives no new id while there are any:
  /// the next id could otherwise be one already given.
  public var damagedLines: [Diagnostic] { diagnostics.filter { $0.rule == "ledger-damaged" } }

  /// Respondents whose screening started and has no outcome: being screened now, or
  /// stopped by a crash or a closed terminal (their session is left in the folder).
  public var undecided: [String] { respondents.filter { !decided.contains($0) } }

  /// Every participant id given, in ledger order.
  public var participantIDs: [String] { participants.map(\.id) }

  /// The participants who have not withdrawn, in ledger order.
  public var taking: [Participant] { participants.filter { !$0.withdrawn } }

  /// The ids of the participants who withdrew, in ledger order.
  public var withdrawnIDs: [String] { participants.filter(\.withdrawn).map(\.id) }
}

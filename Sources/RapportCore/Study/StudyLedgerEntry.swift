import Foundation

/// One line of a study's ledger: a respondent screened, a participant id given, an
/// assignment of interviewers, a participant withdrawn. The ledger is append-only (but for
/// a withdrawal, which erases the participant's kept answers: `StudyLedgerErasure`); its
/// fold is `StudyLedger`.
///
/// JSON shape, one object a line, keys in kebab-case, absent when nil:
///
///     {"type":"screening-started","respondent":"R001","at":"…"}
///     {"type":"screened","respondent":"R001","outcome":"eligible","participant":"P001",
///      "attributes":{"school":"imperial","year":"3"},"at":"…"}
///     {"type":"assigned","participant":"P001","lead":"UA","support":"NA","at":"…"}
///     {"type":"withdrawn","participant":"P001","at":"…"}
public struct StudyLedgerEntry: Equatable, Sendable, Codable {
  public enum Kind: String, Equatable, Sendable, Codable {
    /// A respondent number was taken for a screening session.
    case screeningStarted = "screening-started"
    /// The screening ended; an eligible respondent got a participant id.
    case screened
    /// Interviewers were assigned to a participant.
    case assigned
    /// The participant withdrew: their kept answers were erased from the ledger and their
    /// sessions removed (`rapport delete --study`). Their id is never given again.
    case withdrawn
  }

  /// What screening decided, from the protocol's own ends.
  public enum Outcome: String, Equatable, Sendable, Codable {
    /// The screening reached its last step: eligible.
    case eligible
    /// An `end` step with a `when:` was reached: not eligible (`step` says which).
    case ineligible
    /// The session stopped before an end; no decision, no id.
    case unfinished
  }

  public var type: Kind
  public var respondent: String?
  public var participant: String?
  public var outcome: Outcome?
  /// The `end` step that screened the respondent out.
  public var step: String?
  /// Why an eligible screening still gave no id: `outside-quotas` (a site and year group
  /// the plan does not have).
  public var reason: String?
  /// Kept answers, as cell texts (`StudyCell`): only those the study file allows.
  public var attributes: [String: String]?
  public var lead: String?
  public var support: String?
  /// True when this assignment replaces an earlier one on purpose (`assign --replace`).
  public var replaces: Bool?
  /// When it was written (UTC, ISO 8601).
  public var at: String?

  public init(
    type: Kind, respondent: String? = nil, participant: String? = nil, outcome: Outcome? = nil,
    step: String? = nil, reason: String? = nil, attributes: [String: String]? = nil,
    lead: String? = nil,
    support: String? = nil, replaces: Bool? = nil, at: String? = nil
  ) {
    self.type = type
    self.respondent = respondent
    self.participant = participant
    self.outcome = outcome
    self.step = step
    self.reason = reason
    self.attributes = attributes
    self.lead = lead
    self.support = support
    self.replaces = replaces
    self.at = at
  }

  /// The entry as one ledger line, ending in a newline.
  public var line: Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var data = (try? encoder.encode(self)) ?? Data("{}".utf8)
    data.append(0x0A)
    return data
  }

  /// The entry a ledger line holds, or nil when the line is not one.
  public static func parse(_ line: Data) -> StudyLedgerEntry? {
    try? JSONDecoder().decode(StudyLedgerEntry.self, from: line)
  }
}

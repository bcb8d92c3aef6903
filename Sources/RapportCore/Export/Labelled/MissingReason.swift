/// Why an item has no answer in a session, with the code the statistics files give it.
///
/// Statistics packages tell "skipped" from "never asked" only when the data says so; an
/// empty cell says neither. The codes are negative so that no choice code (1, 2, …) and no
/// yes/no (0, 1) can meet them; Stata reads them as `.a`, `.b`, `.c`.
public enum MissingReason: Int, CaseIterable, Sendable {
  /// The item was reached but passed over without an answer (`/s`, or moving on).
  case skipped = -97
  /// The item was never reached: routing, a screen-out, or a session ended early.
  case notAsked = -98
  /// An answer was given and then withdrawn (`/clear`), and none given again.
  case withdrawn = -99

  /// The code in the data file.
  public var code: String { String(rawValue) }

  /// The value label every package shows for the code.
  public var label: String {
    switch self {
    case .skipped: "skipped"
    case .notAsked: "not asked"
    case .withdrawn: "withdrawn"
    }
  }

  /// Stata's extended missing value for the code.
  public var stataValue: String {
    switch self {
    case .skipped: ".a"
    case .notAsked: ".b"
    case .withdrawn: ".c"
    }
  }

  /// The reasons for the items `record` left without an answer that were reached or
  /// withdrawn; an item not in the result and not answered was not asked.
  ///
  /// Read from the visits, so call it on the whole record, before `studySummary`.
  public static func reasons(in record: SessionRecord) -> [String: MissingReason] {
    var reasons: [String: MissingReason] = [:]
    for visit in record.visits { reasons[visit.step] = .skipped }
    let moments = record.visits.flatMap(\.moments) + record.sessionMoments
    for case .answerCleared(let item) in moments.map(\.kind) { reasons[item] = .withdrawn }
    let answered = Set((record.attributes + record.answers).map(\.item))
    return reasons.filter { !answered.contains($0.key) }
  }
}

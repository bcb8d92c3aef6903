/// How participant ids are made: a prefix and a zero-padded number, `P001`, `P002`, …
///
/// The study allocates them in order and never twice (`StudyLedger`), so a gap or a
/// duplicate in the published table is a defect that can be reported, not a typing slip.
public struct ParticipantIDScheme: Equatable, Sendable {
  public var prefix: String
  public var digits: Int
  public var first: Int
  /// Where the study file sets it (`participant-ids:`), for diagnostics; nil for the default.
  public var location: SourceLocation?

  public init(
    prefix: String = "P", digits: Int = 3, first: Int = 1, location: SourceLocation? = nil
  ) {
    self.prefix = prefix
    self.digits = digits
    self.first = first
    self.location = location
  }

  /// The id of number `number`, e.g. 7 → `P007`.
  public func id(_ number: Int) -> String {
    let text = String(number)
    return prefix + String(repeating: "0", count: max(0, digits - text.count)) + text
  }

  /// The number in an id of this scheme, or nil when the id is not of this scheme (or
  /// its number is longer than 15 digits).
  public func number(of id: String) -> Int? {
    guard id.hasPrefix(prefix) else { return nil }
    let rest = id.dropFirst(prefix.count)
    // At most 15 digits, so the next number never overflows (a hand-edited ledger).
    guard rest.count >= digits, rest.count <= 15, rest.allSatisfy(\.isASCII),
      rest.allSatisfy(\.isNumber)
    else { return nil }
    return Int(rest)
  }

  /// The next id after those already given: one past the highest, never reusing a gap.
  public func next(after used: [String]) -> String {
    let highest = used.compactMap(number(of:)).max()
    return id(highest.map { $0 + 1 } ?? first)
  }
}

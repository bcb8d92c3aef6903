/// A defect in a study's data, found while building its table: reported, never fixed.
///
/// Messages name participant ids, sessions and attribute names, never attribute values
/// (they are personal data; the table itself is where they are shown).
public enum StudyDefect: Equatable, Sendable {
  /// One id with sessions that disagree: two people, or a typing slip.
  case conflictingAttributes(participant: String, attributes: [String])
  case sessionWithoutAttributes(participant: String, session: String)
  /// The first ids missing, and how many more (a hand-edited id far along the sequence).
  case idGaps(missing: [String], more: Int)
  case idOutsideScheme(participant: String, example: String)
  /// A participant's interview attributes differ from their kept screening answers.
  case differsFromScreening(participant: String, attributes: [String])
  /// An interviewed participant the ledger never gave an id.
  case notScreened(participant: String, session: String)
  case outsideQuotas(participant: String)
  /// A planned cell that is not filled exactly.
  case quotaCell(site: String, attribute: String, value: String, count: Int, target: Int)
  case sessionInTwoFolders(session: String, folders: [String])

  /// One sentence for the defects list.
  public var message: String {
    func quoted(_ list: [String]) -> String { list.map { "'\($0)'" }.joined(separator: ", ") }
    switch self {
    case .conflictingAttributes(let id, let attributes):
      return "participant id '\(id)' has sessions with different \(quoted(attributes)): "
        + "one id for two people, or conflicting attributes (both rows are shown)"
    case .sessionWithoutAttributes(let id, let session):
      return "session '\(session)' of '\(id)' records no participant attributes"
    case .idGaps(let missing, let more):
      return "participant ids missing from the sequence: " + missing.joined(separator: ", ")
        + (more > 0 ? " and \(more) more" : "")
    case .idOutsideScheme(let id, let example):
      return "participant id '\(id)' is not of the study's scheme (e.g. '\(example)')"
    case .differsFromScreening(let id, let attributes):
      return "participant '\(id)': the interview gives a different \(quoted(attributes)) "
        + "than the screening"
    case .notScreened(let id, let session):
      return "participant '\(id)' (session '\(session)') was not given an id by the screening"
    case .outsideQuotas(let id):
      return "participant '\(id)' falls in no quota cell of the plan"
    case .quotaCell(let site, let attribute, let value, let count, let target):
      let state = count < target ? "open" : "over"
      return "quota cell \(attribute) \(value) at \(site) has \(count) of \(target) (\(state))"
    case .sessionInTwoFolders(let session, let folders):
      return "session '\(session)' is in \(folders.count) folders: \(quoted(folders)) "
        + "(counted once)"
    }
  }
}

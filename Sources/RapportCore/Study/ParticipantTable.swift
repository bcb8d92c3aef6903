/// The participant-characteristics table of a study (Table 1 of the reference study):
/// one row per participant of the interview sessions, one column per participant
/// attribute, and every data defect found on the way, reported and never fixed.
///
/// A participant id whose sessions disagree keeps one row per version, exactly as the
/// sessions give it, so the table shows what the data say and the defect says why.
public struct ParticipantTable: Sendable {
  /// Column headings: `Participant`, then each attribute's question (e.g. `Gender`).
  public var header: [String]
  public var rows: [[String]]
  public var defects: [StudyDefect]

  public init(
    plan: StudyPlan, interview: InterviewProtocol, ledger: StudyLedger,
    sessions found: [StudySession]
  ) {
    let combined = StudySession.combine(found)
    let attributes = interview.participant.attributes
    header = ["Participant"] + attributes.map(\.ask.value)
    var defects = combined.duplicates.map {
      StudyDefect.sessionInTwoFolders(session: $0.name, folders: $0.folders)
    }
    var versions: [String: [[String]]] = [:]
    var order: [String] = []
    var cellsByParticipant: [(String, [String: String])] = []
    for session in combined.sessions {
      WorkCount.visit()
      let id = session.participant
      if session.record.attributes.isEmpty {
        defects.append(.sessionWithoutAttributes(participant: id, session: session.name))
      }
      let values = attributes.map { attribute in
        session.record.attributes.last { $0.item == attribute.id.value }?.display ?? ""
      }
      if versions[id] == nil { order.append(id) }
      if !(versions[id] ?? []).contains(values) {
        if let first = versions[id]?.first {
          let differing = zip(attributes, zip(first, values)).filter { $0.1.0 != $0.1.1 }
          defects.append(
            .conflictingAttributes(participant: id, attributes: differing.map(\.0.id.value)))
        }
        versions[id, default: []].append(values)
        cellsByParticipant.append((id, Self.cells(session.record, plan: plan)))
      }
      defects += Self.screeningMismatch(session, plan: plan, ledger: ledger)
    }
    order.sort {
      (plan.participantIDs.number(of: $0) ?? .max, $0) < (
        plan.participantIDs.number(of: $1) ?? .max, $1
      )
    }
    rows = order.flatMap { id in (versions[id] ?? []).map { [id] + $0 } }
    defects += Self.idDefects(order, scheme: plan.participantIDs)
    defects += Self.quotaDefects(plan: plan, participants: cellsByParticipant)
    self.defects = defects
  }

  /// A session's attributes as quota cells: the site attribute's name becomes the site id.
  static func cells(_ record: SessionRecord, plan: StudyPlan) -> [String: String] {
    var cells: [String: String] = [:]
    let siteAttribute = plan.interview?.siteAttribute.value
    let siteKey = plan.screening?.siteItem.value ?? "site"
    for answer in record.attributes {
      let text = StudyCell.text(answer.value)
      if answer.item == siteAttribute {
        cells[siteKey] = plan.site(named: text)?.id.value ?? text
      } else {
        cells[answer.item] = text
      }
    }
    return cells
  }

  private static func screeningMismatch(
    _ session: StudySession, plan: StudyPlan, ledger: StudyLedger
  ) -> [StudyDefect] {
    guard !ledger.participants.isEmpty else { return [] }
    guard let screened = ledger.participant(session.participant) else {
      return [.notScreened(participant: session.participant, session: session.name)]
    }
    let cells = Self.cells(session.record, plan: plan)
    let differing = screened.attributes.keys.sorted().filter { key in
      cells[key].map { $0 != screened.attributes[key] } ?? false
    }
    return differing.isEmpty
      ? [] : [.differsFromScreening(participant: session.participant, attributes: differing)]
  }

  /// How many missing ids a gap defect lists before saying how many more there are.
  static let gapsListed = 50

  private static func idDefects(_ ids: [String], scheme: ParticipantIDScheme) -> [StudyDefect] {
    var defects: [StudyDefect] = []
    let numbers = ids.compactMap(scheme.number(of:))
    for id in ids where scheme.number(of: id) == nil {
      defects.append(.idOutsideScheme(participant: id, example: scheme.id(scheme.first)))
    }
    guard let low = numbers.min(), let high = numbers.max() else { return defects }
    let used = Set(numbers)
    let start = min(low, scheme.first)
    // Listed up to a limit: one id far along the sequence must not list a billion gaps.
    var missing: [String] = []
    var number = start
    while number <= high, missing.count < Self.gapsListed {
      if !used.contains(number) { missing.append(scheme.id(number)) }
      number += 1
    }
    let total = (high - start + 1) - used.count { $0 >= start }
    if !missing.isEmpty {
      defects.append(.idGaps(missing: missing, more: total - missing.count))
    }
    return defects
  }

  private static func quotaDefects(
    plan: StudyPlan, participants: [(String, [String: String])]
  ) -> [StudyDefect] {
    guard !plan.quotas.isEmpty else { return [] }
    let tally = QuotaTally(plan: plan, participants: participants.map { ($0.0, $0.1) })
    var defects = tally.outside.map { StudyDefect.outsideQuotas(participant: $0) }
    for cell in tally.cells where cell.state != .filled {
      defects.append(
        .quotaCell(
          site: cell.site, attribute: cell.attribute, value: cell.value, count: cell.count,
          target: cell.target))
    }
    return defects
  }
}

/// One row per participant with their attributes: the study's Table 1, and the descriptor
/// sheet Dedoose (and similar tools) import to link excerpts to participant characteristics.
///
/// Sessions of one participant are combined only where they agree. When two sessions give
/// one participant different attributes, the cell is left empty, the `conflicts` column
/// says what differs, and a conflict is returned for the command to report: nothing is
/// merged silently.
public enum DescriptorsExporter {
  public struct Conflict: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
      /// The sessions give attribute `item` different values.
      case differentAttributes(item: String)
      /// The participant ID has several sessions (a second interview, or a reused ID).
      case severalSessions
    }

    public var participant: String
    public var kind: Kind
    public var sessions: [String]

    /// A message naming ids only, never attribute values (they are personal data).
    public var message: String {
      let list = sessions.map { "'\($0)'" }.joined(separator: ", ")
      switch kind {
      case .differentAttributes(let item):
        return "participant '\(participant)' has different '\(item)' in sessions \(list)"
      case .severalSessions:
        return "participant '\(participant)' has \(sessions.count) sessions (\(list)); "
          + "check the ID was not given to two people"
      }
    }
  }

  public struct Output: Equatable, Sendable {
    public var csv: String
    public var conflicts: [Conflict]
  }

  /// `records` should share one protocol; rows follow the participants' first sessions.
  public static func export(
    _ records: [SessionRecord], outline: ProtocolOutline?,
    cells: CSVTable.Cells = .spreadsheetSafe
  ) -> Output {
    var items = outline?.attributes.map(\.id) ?? []
    var participants: [String] = []
    var sessions: [String: [SessionRecord]] = [:]
    for record in records {
      if sessions[record.participant] == nil { participants.append(record.participant) }
      sessions[record.participant, default: []].append(record)
      for attribute in record.attributes where !items.contains(attribute.item) {
        items.append(attribute.item)
      }
    }
    var table = CSVTable(header: ["participant", "sessions"] + items + ["conflicts"])
    var conflicts: [Conflict] = []
    for participant in participants {
      let own = sessions[participant] ?? []
      let ids = own.map(\.sessionID)
      if own.count > 1 {
        conflicts.append(Conflict(participant: participant, kind: .severalSessions, sessions: ids))
      }
      var cells: [String] = []
      var notes: [String] = []
      for item in items {
        let given = own.compactMap { record in
          record.attributes.first { $0.item == item }.map { (record.sessionID, $0.display) }
        }
        let distinct = given.map(\.1).reduce(into: [String]()) {
          if !$0.contains($1) { $0.append($1) }
        }
        if distinct.count > 1 {
          cells.append("")
          notes.append(item + ": " + given.map { "'\($0.1)' in \($0.0)" }.joined(separator: ", "))
          conflicts.append(
            Conflict(
              participant: participant, kind: .differentAttributes(item: item),
              sessions: given.map(\.0)))
        } else {
          cells.append(distinct.first ?? "")
        }
      }
      table.rows.append(
        [participant, String(own.count)] + cells + [notes.joined(separator: "; ")])
    }
    return Output(csv: table.text(cells), conflicts: conflicts)
  }
}

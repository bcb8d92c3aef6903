/// Quota arithmetic: how many participants fall in each planned cell, and whether it is
/// open, filled or over its target.
public struct QuotaTally: Equatable, Sendable {
  public enum State: String, Equatable, Sendable, Codable {
    case open
    case filled
    case over
  }

  public struct Cell: Equatable, Sendable {
    public var site: String
    public var attribute: String
    public var value: String
    public var target: Int
    public var participants: [String]

    public var count: Int { participants.count }
    public var state: State {
      count < target ? .open : count == target ? .filled : .over
    }
  }

  public var cells: [Cell]
  /// Participants who fall in no planned cell (a site or value the plan does not have).
  public var outside: [String]

  /// Counts `participants` (id and cell texts by attribute) into the plan's cells; the site
  /// of each is its `siteKey` attribute.
  public init(plan: StudyPlan, participants: [(id: String, attributes: [String: String])]) {
    cells = plan.quotas.flatMap { quota in
      quota.cells.map {
        Cell(
          site: quota.site.value, attribute: quota.attribute.value, value: $0.value,
          target: quota.target, participants: [])
      }
    }
    outside = []
    let siteKey = plan.screening?.siteItem.value ?? "site"
    for participant in participants {
      WorkCount.visit(cells.count)
      let site = participant.attributes[siteKey]
      var placed = false
      for index in cells.indices
      where cells[index].site == site
        && participant.attributes[cells[index].attribute] == cells[index].value
      {
        cells[index].participants.append(participant.id)
        placed = true
      }
      if !placed, !plan.quotas.isEmpty { outside.append(participant.id) }
    }
  }

  /// The cell a participant with these attributes falls in, if any.
  public func cell(site: String?, attributes: [String: String]) -> Cell? {
    cells.first { $0.site == site && attributes[$0.attribute] == $0.value }
  }

  public func count(_ state: State) -> Int { cells.count { $0.state == state } }
}

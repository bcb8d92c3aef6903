extension StudyStatus {
  /// The compact table for a terminal `width` columns wide: one row per quota (site and
  /// attribute), then one line each for screening, participants, interviews and
  /// compensation. Cells are shown `value:count/target`, with `!` on a cell over target.
  public func text(width: Int = 80) -> String {
    var rows = [["SITE", "BY", "FILLED", "OPEN", "OVER", "CELLS"]]
    var bySite: [(String, String)] = []
    for cell in tally.cells where !bySite.contains(where: { $0 == (cell.site, cell.attribute) }) {
      bySite.append((cell.site, cell.attribute))
    }
    for (site, attribute) in bySite {
      let cells = tally.cells.filter { $0.site == site && $0.attribute == attribute }
      let shown = cells.map {
        "\($0.value):\($0.count)/\($0.target)" + ($0.state == .over ? "!" : "")
      }
      rows.append([
        site, attribute, String(cells.count { $0.state == .filled }),
        String(cells.count { $0.state == .open }), String(cells.count { $0.state == .over }),
        shown.joined(separator: " "),
      ])
    }
    let widths = rows[0].indices.dropLast().map { column in
      rows.map { TerminalText.line($0[column], limit: 24).count }.max() ?? 0
    }
    var lines = rows.map { row in
      var line = ""
      for (column, width) in widths.enumerated() {
        let cell = TerminalText.line(row[column], limit: 24)
        line += cell + String(repeating: " ", count: width - cell.count + 2)
      }
      return Self.fitted(line + TerminalText.line(row[row.count - 1], limit: 200), width: width)
    }
    if tally.cells.isEmpty { lines = ["No quotas in the study file."] }
    let totals = [
      "Quota cells: \(tally.count(.filled)) filled, \(tally.count(.open)) open, "
        + "\(tally.count(.over)) over" + outsideWords,
      "Screened: \(screened[.eligible] ?? 0) eligible, \(screened[.ineligible] ?? 0) not "
        + "eligible, \(screened[.unfinished] ?? 0) unfinished",
      "Eligible waiting for an interview: \(waiting.count) (\(waitingAssigned) assigned)"
        + listed(waiting),
      "Interviews: \(count(.done)) done, \(count(.inProgress)) in progress, "
        + "\(count(.interrupted)) interrupted, \(count(.endedEarly)) ended early"
        + listed(interviews[.interrupted] ?? []),
      "Compensation owed" + (compensationWhat.map { " (\($0))" } ?? "") + ": "
        + "\(compensationOwed.count)" + listed(compensationOwed),
    ]
    let problemLines = problems.map { "problem: " + $0 }
    return (lines + [""] + totals.map { Self.fitted($0, width: width) } + problemLines)
      .joined(separator: "\n") + "\n"
  }

  /// The same for tools: one JSON object (see docs/study.md for its keys).
  public var json: String {
    func ids(_ list: [String]) -> JSONValue { .array(list.map(JSONValue.string)) }
    let cells = tally.cells.map { cell -> JSONValue in
      .object([
        ("site", .string(cell.site)), ("attribute", .string(cell.attribute)),
        ("value", .string(cell.value)), ("target", .number(Double(cell.target))),
        ("count", .number(Double(cell.count))), ("state", .string(cell.state.rawValue)),
        ("participants", ids(cell.participants)),
      ])
    }
    let interviewsObject = [StudySession.Progress.done, .inProgress, .interrupted, .endedEarly]
      .map { ($0.rawValue, ids(interviews[$0] ?? [])) }
    let value = JSONValue.object([
      ("study", .string(studyID)), ("cells", .array(cells)), ("outside-quotas", ids(tally.outside)),
      (
        "screened",
        .object(
          [StudyLedgerEntry.Outcome.eligible, .ineligible, .unfinished].map {
            ($0.rawValue, .number(Double(screened[$0] ?? 0)))
          })
      ),
      ("waiting", ids(waiting)), ("interviews", .object(interviewsObject)),
      ("compensation-owed", ids(compensationOwed)),
      ("problems", .array(problems.map(JSONValue.string))),
    ])
    return value.text
  }

  private func count(_ progress: StudySession.Progress) -> Int {
    interviews[progress]?.count ?? 0
  }

  private var outsideWords: String {
    tally.outside.isEmpty ? "" : "; \(tally.outside.count) in no cell" + listed(tally.outside)
  }

  private func listed(_ ids: [String]) -> String {
    ids.isEmpty ? "" : " — " + ids.map { TerminalText.line($0, limit: 32) }.joined(separator: ", ")
  }

  /// A line cut to `width` characters with `…`, so the table never wraps.
  static func fitted(_ line: String, width: Int) -> String {
    guard width > 1, line.count > width else { return line }
    return String(line.prefix(width - 1)) + "…"
  }
}

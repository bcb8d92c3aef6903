extension StudyStatus {
  /// The compact table for a terminal `width` columns wide: one row per quota (site and
  /// attribute), then one line each for screening, participants, interviews and
  /// compensation. Cells are shown `value:count/target`, with `!` on a cell over target.
  ///
  /// Nothing is ever wrapped by the terminal or cut away: when a row does not fit, its
  /// cells go on the lines under it, and a sentence that does not fit goes on at the next
  /// line, indented, between words (so a count or an id is never lost off the edge).
  /// Problems stay one line each, in the located `path:line:column:` form.
  public func text(width: Int = 80) -> String {
    var rows = [["SITE", "BY", "FILLED", "OPEN", "OVER", "CELLS"]]
    var bySite: [(String, String)] = []
    for cell in tally.cells where !bySite.contains(where: { $0 == (cell.site, cell.attribute) }) {
      bySite.append((cell.site, cell.attribute))
    }
    for (site, attribute) in bySite {
      let cells = tally.cells.filter { $0.site == site && $0.attribute == attribute }
      let shown = cells.map {
        TerminalText.line("\($0.value):\($0.count)/\($0.target)", limit: 24)
          + ($0.state == .over ? "!" : "")
      }
      rows.append([
        TerminalText.line(site, limit: 24), TerminalText.line(attribute, limit: 24),
        String(cells.count { $0.state == .filled }), String(cells.count { $0.state == .open }),
        String(cells.count { $0.state == .over }), shown.joined(separator: " "),
      ])
    }
    let widths = rows[0].indices.dropLast().map { column in
      rows.map { $0[column].count }.max() ?? 0
    }
    func padded(_ row: [String]) -> String {
      zip(row, widths).map { $0 + String(repeating: " ", count: $1 - $0.count + 2) }.joined()
    }
    let fits = rows.allSatisfy { padded($0).count + $0[$0.count - 1].count <= width }
    var lines: [String] = []
    for (index, row) in rows.enumerated() {
      if fits {
        lines.append(padded(row) + row[row.count - 1])
      } else {
        let line = padded(row)
        lines += Self.wrapped(String(line.reversed().drop { $0 == " " }.reversed()), width: width)
        if index > 0 {
          lines += Self.wrapped("  " + row[row.count - 1], width: width, indent: "  ")
        }
      }
    }
    if tally.cells.isEmpty { lines = ["No quotas in the study file."] }
    let totals =
      [
        "Quota cells: \(tally.count(.filled)) filled, \(tally.count(.open)) open, "
          + "\(tally.count(.over)) over" + outsideWords,
        "Screened: \(screened[.eligible] ?? 0) eligible, \(screened[.ineligible] ?? 0) not "
          + "eligible, \(screened[.unfinished] ?? 0) unfinished"
          + (undecided.isEmpty
            ? "" : "; \(undecided.count) started, not decided" + listed(undecided)),
        "Eligible waiting for an interview: \(waiting.count) (\(waitingAssigned) assigned)"
          + listed(waiting),
      ] + (withdrawn.isEmpty ? [] : ["Withdrawn: \(withdrawn.count)" + listed(withdrawn)]) + [
        "Interviews: \(count(.done)) done, \(count(.inProgress)) in progress, "
          + "\(count(.interrupted)) interrupted, \(count(.endedEarly)) ended early"
          + listed(interviews[.interrupted] ?? []),
        "Compensation owed"
          + (compensationWhat.map { " (\(TerminalText.line($0, limit: 64)))" } ?? "")
          + ": \(compensationOwed.count)" + listed(compensationOwed),
      ]
    let problemLines = problems.map { "problem: " + TerminalText.line($0) }
    // A problem is a located diagnostic: one line, as everywhere, for editors and grep.
    return (lines + [""] + totals.flatMap { Self.wrapped($0, width: width) } + problemLines)
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
      ("undecided", ids(undecided)), ("waiting", ids(waiting)),
      ("withdrawn", ids(withdrawn)),
      ("interviews", .object(interviewsObject)),
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

  /// `line` in lines of at most `width` characters, broken between words, the lines after
  /// the first starting with `indent`; a word longer than a line is cut with `…`.
  static func wrapped(_ line: String, width: Int, indent: String = "    ") -> [String] {
    guard width > indent.count + 4, line.count > width else { return [line] }
    let lead = String(line.prefix { $0 == " " })
    var lines: [String] = []
    var current = lead
    for word in line.dropFirst(lead.count).split(separator: " ") {
      let fresh = current == lead || current == indent
      if !fresh, current.count + 1 + word.count > width {
        lines.append(current)
        current = indent
      }
      current += (current == lead || current == indent ? "" : " ") + word
      if current.count > width { current = String(current.prefix(width - 1)) + "…" }
    }
    lines.append(current)
    return lines
  }
}

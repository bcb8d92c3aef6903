/// The SPSS syntax (`.sps`, also run by GNU PSPP) that reads the coded answers and labels
/// them: types and widths, variable labels, value labels, the missing-value codes declared
/// user-missing, and a `.sav` saved beside the data.
///
/// Every text from the protocol or the answers goes through `SPSSText`; comments hold only
/// Rapport's own words.
enum SPSSScript {
  static func text(_ answers: LabelledAnswers, dataFile: String, savFile: String) -> String {
    let columns = answers.columns
    var lines = [
      "* Labelled answers, written by Rapport (see docs/exports.md).",
      "* Run it from the folder that holds the data file (CD to it first in SPSS),",
      "* or with GNU PSPP: pspp THIS-FILE. It saves the labelled data as a .sav.",
      "* Missing values: -97 skipped, -98 not asked, -99 withdrawn (user-missing).",
      "SET DECIMAL=DOT.",
      "GET DATA",
      "  /TYPE=TXT",
      "  /FILE=" + SPSSText.quoted(dataFile, limit: .max),
      "  /ENCODING='UTF-8'",
      "  /ARRANGEMENT=DELIMITED",
      "  /DELCASE=LINE",
      "  /FIRSTCASE=2",
      "  /DELIMITERS=','",
      "  /QUALIFIER='\"'",
      "  /VARIABLES=",
    ]
    for (index, column) in columns.enumerated() {
      lines.append("    \(readName(column, index)) \(format(column, answers.widestBytes(index)))")
    }
    lines[lines.count - 1] += "."
    let dates = columns.indices.filter { columns[$0].kind == .date }
    for index in dates {
      let name = columns[index].name
      let text = readName(columns[index], index)
      lines += [
        "NUMERIC \(name) (SDATE10).",
        "DO IF ANY(\(text), '-97', '-98', '-99').",
        "+ COMPUTE \(name) = NUMBER(\(text), F8.0).",
        "ELSE.",
        "+ COMPUTE \(name) = NUMBER(\(text), SDATE10).",
        "END IF.",
      ]
    }
    if !dates.isEmpty {
      lines.append("MATCH FILES /FILE=* /KEEP=\(columns.map(\.name).joined(separator: " ")).")
    }
    if answers.cells == .spreadsheetSafe {
      lines.append(
        "* A cell that a spreadsheet would run as a formula has an apostrophe in front: taken off.")
      for column in columns where column.kind == .text {
        let name = column.name
        lines += [
          "IF (SUBSTR(\(name), 1, 1) = \"'\"",
          "    AND ANY(SUBSTR(LTRIM(\(name), \"'\"), 1, 1), '=', '+', '-', '@'))",
          "    \(name) = SUBSTR(\(name), 2).",
        ]
      }
    }
    lines.append("VARIABLE LABELS")
    for (index, column) in columns.enumerated() {
      let label = SPSSText.quoted(column.label, limit: SPSSText.variableLabelLimit)
      lines.append("  \(index == 0 ? "" : "/")\(column.name) \(label)")
    }
    lines[lines.count - 1] += "."
    let numeric = columns.filter { $0.kind != .text }
    if !numeric.isEmpty {
      lines.append("VALUE LABELS")
      for (index, column) in numeric.enumerated() {
        let pairs =
          column.valueLabels.map { ($0.code, $0.label) }
          + MissingReason.allCases.map { ($0.rawValue, $0.label) }
        lines.append("  \(index == 0 ? "" : "/")\(column.name)")
        for (code, label) in pairs {
          lines.append("    \(code) " + SPSSText.quoted(label, limit: SPSSText.valueLabelLimit))
        }
      }
      lines[lines.count - 1] += "."
      lines.append("MISSING VALUES")
      lines += numeric.map { "  \($0.name)" }
      lines.append("  (-97, -98, -99).")
    }
    let texts = columns.filter { $0.kind == .text && $0.isAnswer }
    if !texts.isEmpty {
      lines.append("MISSING VALUES")
      lines += texts.map { "  \($0.name)" }
      lines.append("  ('-97', '-98', '-99').")
    }
    lines += ["SAVE OUTFILE=" + SPSSText.quoted(savFile, limit: .max) + ".", "EXECUTE."]
    return lines.joined(separator: "\n") + "\n"
  }

  /// The name a column is read under: its own, or a temporary `@` name for a date's text.
  private static func readName(_ column: LabelledColumn, _ index: Int) -> String {
    column.kind == .date ? "@date\(index)" : column.name
  }

  /// The input format: codes and numbers wide enough; texts at least 8 bytes, so that a
  /// missing-value code fits and SPSS accepts it as a string missing value.
  private static func format(_ column: LabelledColumn, _ widest: Int) -> String {
    switch column.kind {
    case .coded: "F\(max(8, widest + 1)).0"
    case .number(let decimals): "F\(min(40, max(8, widest + 1))).\(decimals)"
    case .text: "A\(min(32767, max(8, widest)))"
    case .date: "A10"
    }
  }
}

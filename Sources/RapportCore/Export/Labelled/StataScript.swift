/// The Stata do-file (Stata 14 or newer) that reads the coded answers and labels them:
/// types, variable labels, value labels, and the missing-value codes as `.a`, `.b`, `.c`.
///
/// Every text from the protocol or the answers goes through `StataText`; comments hold only
/// Rapport's own words.
enum StataScript {
  static func text(_ answers: LabelledAnswers, dataFile: String) -> String {
    let columns = answers.columns
    func positions(_ keep: (LabelledColumn) -> Bool) -> String {
      columns.indices.filter { keep(columns[$0]) }.map { String($0 + 1) }.joined(separator: " ")
    }
    let strings = positions { $0.kind == .text || $0.kind == .date }
    let numbers = positions { $0.kind != .text && $0.kind != .date }
    var options =
      "clear delimiters(\",\") varnames(1) case(preserve) encoding(\"utf-8\") bindquote(strict)"
    if !strings.isEmpty { options += " stringcols(\(strings))" }
    if !numbers.isEmpty { options += " numericcols(\(numbers))" }
    var lines = [
      "* Labelled answers, written by Rapport (see docs/exports.md).",
      "* Run it from the folder that holds the data file: cd there, then do this file.",
      "* Missing values: -97 skipped (.a), -98 not asked (.b), -99 withdrawn (.c);",
      "* text variables keep the codes as text.",
      "version 14",
      "import delimited using " + StataText.quoted(dataFile) + ", " + options,
    ]
    if answers.cells == .spreadsheetSafe {
      lines.append(
        "* A cell that a spreadsheet would run as a formula has an apostrophe in front: taken off.")
      for column in columns where column.kind == .text {
        lines.append(
          "replace \(column.name) = usubstr(\(column.name), 2, .) if ustrregexm(\(column.name), "
            + "`\"^'+[-=+@\\t\\r]\"')")
      }
    }
    let numeric = columns.filter { $0.kind != .text && $0.kind != .date }.map(\.name)
    if !numeric.isEmpty {
      lines.append(
        "mvdecode \(numeric.joined(separator: " ")), mv(-97=.a \\ -98=.b \\ -99=.c)")
    }
    for column in columns where column.kind == .date {
      lines += [
        "tempvar date",
        "generate double `date' = date(\(column.name), \"YMD\")",
        "replace `date' = .a if \(column.name) == \"-97\"",
        "replace `date' = .b if \(column.name) == \"-98\"",
        "replace `date' = .c if \(column.name) == \"-99\"",
        "format `date' %td",
        "order `date', after(\(column.name))",
        "drop \(column.name)",
        "rename `date' \(column.name)",
      ]
    }
    for column in columns {
      lines.append(
        "label variable \(column.name) "
          + StataText.quoted(column.label, limit: StataText.variableLabelLimit))
    }
    for column in columns where column.kind != .text {
      let pairs =
        column.valueLabels.map { (String($0.code), $0.label) }
        + MissingReason.allCases.map { ($0.stataValue, $0.label) }
      // One label a command (`add`), so that no line nears Stata's command length.
      for (index, pair) in pairs.enumerated() {
        lines.append(
          "label define \(column.name) \(pair.0) \(StataText.quoted(pair.1)), "
            + (index == 0 ? "replace" : "add"))
      }
      lines.append("label values \(column.name) \(column.name)")
    }
    lines.append("compress")
    return lines.joined(separator: "\n") + "\n"
  }
}

/// The R script (base R, no packages) that reads the coded answers into a data frame
/// `answers`: choices as factors with the options as levels, numbers as numbers, dates as
/// `Date`, the question in each column's `label` attribute, and the missing-value codes as
/// `NA` with the reason kept in its `missing_reason` attribute.
///
/// Every text from the protocol or the answers goes through `RText`; comments hold only
/// Rapport's own words.
enum RScript {
  static func text(_ answers: LabelledAnswers, dataFile: String) -> String {
    var lines = [
      "# Labelled answers, written by Rapport (see docs/exports.md).",
      "# Run it from the folder that holds the data file: setwd() there, then source() it.",
      "# Missing values: -97 skipped, -98 not asked, -99 withdrawn; they become NA, and",
      "# attr(answers$x, \"missing_reason\") says which, for each row.",
      "rapport_missing <- c(\"-97\" = \"skipped\", \"-98\" = \"not asked\", \"-99\" = \"withdrawn\")",
      "rapport_column <- function(x, type, label, levels = NULL, labels = NULL) {",
      "  reason <- unname(rapport_missing[x])",
      "  x[!is.na(reason)] <- NA",
      "  x <- switch(type,",
      "    coded = factor(as.integer(x), levels = levels, labels = labels),",
      "    number = as.numeric(x),",
      "    date = as.Date(x, format = \"%Y-%m-%d\"),",
      "    x)",
      "  attr(x, \"label\") <- label",
      "  attr(x, \"missing_reason\") <- reason",
      "  x",
      "}",
      "answers <- utils::read.csv(" + RText.quoted(dataFile) + ", colClasses = \"character\",",
      "  check.names = FALSE, na.strings = character(0), encoding = \"UTF-8\")",
    ]
    if answers.cells == .spreadsheetSafe {
      lines += [
        "# A cell that a spreadsheet would run as a formula has an apostrophe in front: taken off here.",
        "answers[] <- lapply(answers, sub, pattern = \"^'('*[-=+@\\t\\r])\", replacement = \"\\\\1\")",
      ]
    }
    for column in answers.columns {
      let name = RText.quoted(column.name)
      guard column.isAnswer else {
        lines.append("attr(answers[[\(name)]], \"label\") <- \(RText.quoted(column.label))")
        continue
      }
      var call = "answers[[\(name)]] <- rapport_column(answers[[\(name)]], "
      switch column.kind {
      case .coded:
        let labels = unique(column.valueLabels.map(\.label))
        call += "\"coded\", \(RText.quoted(column.label)),\n  levels = c("
        call += column.valueLabels.map { "\($0.code)L" }.joined(separator: ", ")
        call += "),\n  labels = \(RText.vector(labels)))"
      case .number: call += "\"number\", \(RText.quoted(column.label)))"
      case .date: call += "\"date\", \(RText.quoted(column.label)))"
      case .text: call += "\"text\", \(RText.quoted(column.label)))"
      }
      lines.append(call)
    }
    lines.append("rm(rapport_column, rapport_missing)")
    return lines.joined(separator: "\n") + "\n"
  }

  /// Labels made unique for `factor()` (which would merge equal ones): a repeat gets
  /// ` (2)`, ` (3)`, … after it.
  static func unique(_ labels: [String]) -> [String] {
    var seen = Set<String>()
    return labels.map { label in
      var candidate = label
      var number = 1
      while seen.contains(candidate) {
        number += 1
        candidate = "\(label) (\(number))"
      }
      seen.insert(candidate)
      return candidate
    }
  }
}

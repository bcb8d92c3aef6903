/// Text as a Stata string literal in a do-file: one line, compound quotes, nothing that runs.
///
/// Compound quotes (`` `"…"' ``) let the text hold `"`; what would still break out or run
/// is replaced: `` ` `` becomes `'` (it would open a macro or a nested quote), `$` becomes
/// `＄` (U+FF04, it would expand a global macro), `/*`, `*/` and ` //` get a space inside
/// (comment marks), and `"'` becomes `"’` (it would close the string). Line breaks and
/// control characters become spaces. Labels are cut to Stata's limits: 80 characters for
/// a variable label, 32,000 for a value label.
enum StataText {
  static let variableLabelLimit = 80
  static let valueLabelLimit = 32_000

  /// A compound-quoted literal of `text`, cut to `limit` characters first.
  static func quoted(_ text: String, limit: Int = valueLabelLimit) -> String {
    let line = LabelText.label(safe(LabelText.oneLine(text)), limit: limit, measure: .scalars)
    return "`\"" + line + "\"'"
  }

  /// `text` with the characters that Stata would act on replaced.
  static func safe(_ text: String) -> String {
    var out = String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { scalar in
          switch scalar {
          case "`": "'"
          case "$": "\u{FF04}"
          default: scalar
          }
        }))
    for (mark, harmless) in [("/*", "/ *"), ("*/", "* /"), (" //", " / /"), ("\"'", "\"\u{2019}")] {
      while out.contains(mark) { out = out.replacingOccurrences(of: mark, with: harmless) }
    }
    return out
  }
}

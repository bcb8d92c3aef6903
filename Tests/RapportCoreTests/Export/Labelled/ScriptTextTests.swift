import Testing

@testable import RapportCore

/// The escapers of the statistics scripts and the names they give variables: exact output
/// for the texts that would break out of a literal, run code, or pass a package's limit.
@Suite struct ScriptTextTests {
  static let hostile = "say \"hi\"' `x' $HOME /* c */ a //b\r\n* next."

  @Test func stataLiteralsHoldNothingThatRunsOrCloses() {
    #expect(
      StataText.quoted(Self.hostile)
        == "`\"say \"hi\"\u{2019} 'x' \u{FF04}HOME / * c * / a / /b * next.\"'")
    // Runs of slashes and nested marks are broken up until none is left.
    #expect(StataText.safe(" //// /*/") == " / / / / / * /")
    #expect(StataText.quoted("a\"") == "`\"a\"\"'")
  }

  @Test func stataVariableLabelsAreCutAtEightyCharacters() {
    let long = String(repeating: "é", count: 100)
    let literal = StataText.quoted(long, limit: StataText.variableLabelLimit)
    #expect(literal == "`\"" + String(repeating: "é", count: 79) + "…\"'")
    let value = StataText.quoted(String(repeating: "x", count: 40_000))
    #expect(value == "`\"" + String(repeating: "x", count: 31_999) + "…\"'")
  }

  @Test func spssLiteralsDoubleQuotesStayOnOneLineAndSplitWhenLong() {
    #expect(SPSSText.quoted("It's\n* a.", limit: 255) == "'It''s * a.'")
    let long = String(repeating: "ab'", count: 30)
    #expect(
      SPSSText.quoted(long, limit: 255, indent: "  ") == "'"
        + String(repeating: "ab''", count: 20) + "' +\n  '" + String(repeating: "ab''", count: 10)
        + "'")
  }

  @Test func spssLabelsAreCutInBytesAtWholeCharacters() {
    let label = LabelText.label(String(repeating: "é", count: 100), limit: 120, measure: .utf8Bytes)
    #expect(label == String(repeating: "é", count: 58) + "…")
    #expect(label.utf8.count == 119)
    #expect(LabelText.label("short", limit: 120, measure: .utf8Bytes) == "short")
  }

  @Test func rLiteralsAreASCIIWithEscapes() {
    #expect(
      RText.quoted("é \"q\" \\ \n\t\u{1B}\0😀")
        == "\"\\u{e9} \\\"q\\\" \\\\ \\n\\t\\u{1b}\\U{1f600}\"")
    #expect(RText.vector(["a", "b"]) == "c(\"a\", \"b\")")
    #expect(RScript.unique(["Yes", "Yes", "No", "Yes"]) == ["Yes", "Yes (2)", "No", "Yes (3)"])
  }

  @Test func variableNamesAreValidUniqueAndShort() {
    let long = String(repeating: "a", count: 40)
    #expect(
      VariableName.names([
        "contact-consent", "in", "1st", "categories__ethnic-minority", "School", "school", long,
        long, "str12", "strong", "", "été",
      ]) == [
        "contact_consent", "v_in", "v1st", "categories__ethnic_minority", "School", "school_2",
        String(repeating: "a", count: 32), String(repeating: "a", count: 30) + "_2", "v_str12",
        "strong", "v", "v_t_",
      ])
  }
}

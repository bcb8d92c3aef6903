import Testing

@testable import RapportCore

@Suite struct DiagnosticReportTests {
  let diagnostic = Diagnostic.error(
    "duplicate-id", "duplicate id 'q1'",
    at: SourceLocation(file: "a \"b\".yaml", line: 3, column: 5),
    notes: [
      .init("'q1' is first used here", at: SourceLocation(file: "a \"b\".yaml", line: 1, column: 5))
    ])

  @Test func colourMarksPlaceAndSeverityOnly() {
    #expect(
      DiagnosticReport.text([diagnostic], colour: true)
        == "\u{1B}[1ma \"b\".yaml:3:5:\u{1B}[0m \u{1B}[1;31merror:\u{1B}[0m duplicate id 'q1' [duplicate-id]\n"
        + "\u{1B}[1ma \"b\".yaml:1:5:\u{1B}[0m \u{1B}[1;36mnote:\u{1B}[0m 'q1' is first used here\n"
    )
  }

  @Test func jsonEscapesQuotesAndControlCharacters() {
    let odd = Diagnostic.warning(
      "x", "tab\there\u{1}", at: SourceLocation(file: "f", line: 1, column: 1))
    #expect(
      DiagnosticReport.json([diagnostic, odd]) == """
        [
          {"file":"a \\"b\\".yaml","line":3,"column":5,"severity":"error","rule":"duplicate-id","message":"duplicate id 'q1'","notes":[{"file":"a \\"b\\".yaml","line":1,"column":5,"message":"'q1' is first used here"}]},
          {"file":"f","line":1,"column":1,"severity":"warning","rule":"x","message":"tab\\there\\u0001","notes":[]}
        ]

        """)
  }

  @Test func summaryCountsErrorsAndWarningsButNotNotes() {
    let warning = Diagnostic.warning("w", "w", at: SourceLocation(file: "f", line: 1, column: 1))
    #expect(
      DiagnosticReport.summary([diagnostic, warning], fileCount: 1)
        == "1 error, 1 warning in 1 file")
    #expect(
      DiagnosticReport.summary([diagnostic, diagnostic], fileCount: 3)
        == "2 errors, 0 warnings in 3 files")
  }
}

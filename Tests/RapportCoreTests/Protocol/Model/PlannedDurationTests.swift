import RapportTestSupport
import Testing

@testable import RapportCore

@Suite struct PlannedDurationTests {
  @Test(arguments: [
    ("60m", 3600), ("1h30m", 5400), ("90s", 90), ("5m30s", 330), ("2h", 7200),
  ])
  func parsesDesignerSpellings(text: String, seconds: Int) {
    #expect(PlannedDuration(parsing: text)?.seconds == seconds)
  }

  @Test(arguments: ["", "60", "m", "5x", "30m1h", "5m5m", "0m", "1.5h", "-5m"])
  func rejectsMalformedDurations(text: String) {
    #expect(PlannedDuration(parsing: text) == nil)
  }

  @Test(
    arguments: [
      ("  5m\t", 300), ("\t1h ", 3600), ("999999s", 999_999), ("000005m", 300), ("0000005m", nil),
      ("1000000s", nil),
      ("5 m", nil), ("1h 30m", nil), ("5m\r", nil), ("5m\n", nil), ("12345678901234567890m", nil),
      ("h", nil), ("1h1h", nil), ("1s1m", nil), ("1h0m", 3600), ("0h0m0s", nil), ("1h2m3s", 3723),
      ("\u{00A0}5m\u{2003}", 300), ("５m", nil), ("5m\u{301}", nil),
    ] as [(String, Int?)])
  func readsSpacesDigitsAndUnitsExactly(text: String, seconds: Int?) {
    #expect(PlannedDuration(parsing: text)?.seconds == seconds)
  }

  /// ASCII text is read byte by byte and other text by `Character`: a trailing em space
  /// (trimmed as whitespace, not ASCII) sends the same duration down the other path.
  @Test func bytesAndCharactersAgree() {
    let alphabet = Array("0123456789hms \t.x")
    var generator = SeededGenerator(seed: 10)
    for _ in 0..<3000 {
      let length = Int.random(in: 0...9, using: &generator)
      let text = String(
        (0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
      #expect(
        PlannedDuration(parsing: text) == PlannedDuration(parsing: text + "\u{2003}"),
        "\(text.debugDescription)")
    }
  }

  @Test func printsShortestSpellingThatParsesBack() {
    for seconds in [59, 60, 61, 3600, 3661, 5400] {
      let text = PlannedDuration(seconds: seconds).description
      #expect(PlannedDuration(parsing: text)?.seconds == seconds)
    }
    #expect(PlannedDuration(seconds: 5400).description == "1h30m")
  }
}

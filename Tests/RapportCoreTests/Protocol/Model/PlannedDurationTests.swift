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

  @Test func printsShortestSpellingThatParsesBack() {
    for seconds in [59, 60, 61, 3600, 3661, 5400] {
      let text = PlannedDuration(seconds: seconds).description
      #expect(PlannedDuration(parsing: text)?.seconds == seconds)
    }
    #expect(PlannedDuration(seconds: 5400).description == "1h30m")
  }
}

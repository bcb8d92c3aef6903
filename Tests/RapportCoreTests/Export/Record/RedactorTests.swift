import Foundation
import RapportCore
import RapportTestSupport
import Testing

@Suite struct RedactorTests {
  let redactor = Redactor(listText: "# names\nSam\n\njane doe\nImperial College London\n")

  @Test func wholeWordsCaseInsensitivelyLongestFirst() {
    #expect(
      redactor.redact("SAM met Jane Doe at imperial college london; Samuel didn’t.")
        == "[REDACTED] met [REDACTED] at [REDACTED]; Samuel didn’t.")
    #expect(redactor.redact("sam_1 sam, (sam)") == "sam_1 [REDACTED], ([REDACTED])")
  }

  @Test func commentsAndBlankLinesAreNotTerms() {
    #expect(redactor.terms == ["Imperial College London", "jane doe", "Sam"])
  }

  @Test func theMarkerIsNeverMatchedAgain() {
    let r = Redactor(terms: ["redacted", "Sam"])
    #expect(r.redact("Sam redacted") == "[REDACTED] [REDACTED]")
  }

  @Test func everyHumanTextOfARecordIsRedactedButIdsAreKept() throws {
    let record = try SessionRecordBuilder.build(
      entries: JournalFixtures.interview(), outline: JournalFixtures.interviewOutline)
    let redacted = record.redacted(
      by: Redactor(terms: ["tutor", "HI", "imperial college london", "societies"]))
    #expect(redacted.interviewers.map(\.name) == ["[REDACTED]", "SA"])
    #expect(redacted.attributes[1].display == "[REDACTED]")
    #expect(redacted.attributes[1].value == .text("[REDACTED]"))
    #expect(redacted.flags.map(\.text) == ["sensitive: names a [REDACTED]"])
    #expect(redacted.notes[1].text == "ask about [REDACTED]")
    #expect(redacted.participant == "P001")
    #expect(redacted.visits.map(\.step) == record.visits.map(\.step))
    let markdown = MarkdownExporter.export(redacted)
    #expect(!markdown.localizedCaseInsensitiveContains("tutor"))
    #expect(!markdown.contains("Imperial"))
  }
}

import Foundation
import RapportCore
import RapportTestSupport
import Testing

@Suite("Sessions of the shipped protocols")
struct ShippedProtocolSessionTests {
  func load(_ name: String) throws -> InterviewProtocol {
    let result = try ShippedProtocols.load(name)
    return try #require(result.protocol, "\(result.diagnostics.map(\.compilerForm))")
  }

  @Test("a whole mock interview of the study's guide, replayed from its journal")
  func belongingInterview() throws {
    let guide = try load("belonging-interview.yaml")
    var s = SessionScript(guide)
    s.type(["Non-Binary", "University of Dundee", "2"])
    #expect(s.state.answers["school"] == .text("University of Dundee"))
    s.type(["", "1 2", "", "1", ""])
    s.type("")
    #expect(s.state.recordingClock != nil)
    for number in 1...12 {
      #expect(s.state.currentStepID == "q\(number)")
      s.wait(4 * 60)
      if number == 2 { #expect(s.screen().hasPrefix("P001 · step 5 of 17 · ")) }
      if number == 7 { s.type("/r") }
      if number == 8 { s.type("/u") }
      s.type("/p 1")
      #expect(s.feedback == [number == 12 ? "'q12' has no prompts" : "prompt 1 marked as asked"])
      s.type(["note on q\(number)", ""])
    }
    #expect(s.state.currentStepID == "stop-recording")
    s.type(["", "1 2", ""])
    #expect(s.pendingConfirmation != nil)
    s.type("y")
    #expect(s.state.endReason == .completed)
    #expect(s.state.notes.count == 12)
    #expect(s.state.promptsUsed.count == 11)
    #expect(s.state.rephrasingsUsed == ["q7": [1]])
    #expect(s.state.roundedUp == ["q8"])
    #expect(s.state.elapsed(at: s.clock) == 48 * 60)
    let read = JournalCodec.decode(s.entries.map(JournalCodec.encodeLine).reduce(Data(), +))
    #expect(SessionEngine.replay(read.entries, protocol: guide) == s.state)
    let summary = SessionListingRow(entries: read.entries, isWriterAlive: false, protocol: guide)
    #expect(summary.stepsCovered == 17)
    #expect(summary.stepsTotal == 17)
  }

  @Test("q8 of the guide on screen, with its rephrasing and round-up on offer")
  func q8Screen() throws {
    let guide = try load("belonging-interview.yaml")
    var s = SessionScript(guide)
    s.type(["2", "1", "4", "1 2", "", "1", "", "", "/g q8"])
    s.wait(95)
    s.type("/p 1")
    #expect(
      s.screen(width: 80) == """
        P001 · step 11 of 17 · 1:35 / 60:00 · this step 1:35 / 5:00 · ● REC
        ────────────────────────────────────────────────────────────────────────────────

        q8

        READ ALOUD
            How are your working relationships on clinical placements?

        Prompts
          ✓ 1 With doctors?
            2 And with patients?

        rephrase available (/r) · round-up available (/u)

        ────────────────────────────────────────────────────────────────────────────────
        Enter next · /p N prompt · /f flag · /h help

        """)
  }

  @Test("the eligibility survey screens out a respondent with no listed school")
  func screenOut() throws {
    let survey = try load("eligibility-screening.yaml")
    var s = SessionScript(survey, participant: "R001")
    s.type(["", "5"])
    #expect(s.state.currentStepID == "not-eligible-school")
    s.type("")
    #expect(s.state.endReason == .screenedOut(step: "not-eligible-school"))
  }

  @Test("the eligibility survey's eligible path, with an option label that has commas")
  func eligible() throws {
    let survey = try load("eligibility-screening.yaml")
    var s = SessionScript(survey, participant: "R001")
    s.type(["", "ucl", "y"])
    s.type(
      "Those who are themselves, or have parents/ guardians in receipt of means-tested benefits, 2")
    #expect(s.state.answers["categories"] == .choices(["ethnic-minority", "means-tested"]))
    s.type(["7"])
    #expect(s.feedback == ["7 is too large: type a whole number from 1 to 6"])
    s.type(["3", "n", "y", "y"])
    #expect(s.state.currentStepID == "eligible")
    s.type("")
    #expect(s.state.endReason == .completed)
  }
}

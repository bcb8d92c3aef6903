import Foundation
import RapportCore
import Testing

/// Study files and ledgers written to do harm or damaged by accident: an id that would
/// take the ledger out of the responses folder, escape sequences where an id is shown, a
/// study written as JSON, a ledger line that can no longer be read.
@Suite struct StudyHostileInputTests {
  @Test func aStudyIDThatWouldPutTheLedgerElsewhereIsAnError() throws {
    let text = try StudyFixtures.edited("id: belonging-study\n", "id: ../../etc/x\n")
    #expect(
      StudyLoaderTests.problems(text) == """
        Protocols/belonging-study.yaml:12:5: error: study id '../../etc/x' may only use lowercase letters, digits and '-', starting with a letter or digit [bad-id]
        """)
  }

  @Test func anInterviewerIDWithAnEscapeSequenceIsAnError() throws {
    let text = try StudyFixtures.edited("  - id: DB\n", "  - id: \"D\\e[1mB\"\n")
    #expect(
      StudyLoaderTests.problems(text) == """
        Protocols/belonging-study.yaml:66:9: error: interviewer id 'D\u{1B}[1mB' may only use letters, digits, '-' and '_', starting with a letter or digit (initials or a pseudonym) [bad-id]
        """)
  }

  @Test func aStudyWrittenAsJSONIsAStudyFile() {
    #expect(StudyLoader.isStudyFile(Data(#"{"rapport-study": 1, "id": "x", "title": "T"}"#.utf8)))
    #expect(StudyLoader.isStudyFile(Data("{\n  \"id\": \"x\",\n  \"rapport-study\": 1\n}\n".utf8)))
    #expect(StudyLoader.isStudyFile(Data("{rapport-study: 1, id: x}\n".utf8)))
    // The key as a value, or nested, is not the study format key.
    #expect(!StudyLoader.isStudyFile(Data(#"{"rapport": 1, "title": "rapport-study"}"#.utf8)))
    #expect(!StudyLoader.isStudyFile(Data(#"{"rapport": 1, "x": {"rapport-study": 1}}"#.utf8)))
  }

  @Test func aJSONStudyLoadsLikeItsYAML() throws {
    let result = StudyLoader.load(
      text: #"{"rapport-study": 1, "id": "json-study", "title": "T", "screening": {"#
        + #""protocol": "s.yaml", "site-item": "school"}, "interview": {"protocol": "i.yaml", "#
        + #""site-attribute": "school"}}"#, path: "s.json")
    #expect(result.diagnostics.map(\.compilerForm) == [])
    #expect(result.plan?.id.value == "json-study")
  }

  @Test func damagedLedgerLinesAreNamedSoNoIDIsGivenWhileTheyAreThere() {
    let given = StudyFixtures.enrolled("P001", "imperial", 1).line
    // A crash cut the line that gave P001 short: the next id must not be P001 again.
    let torn = given.prefix(40) + Data("\n".utf8)
    let ledger = StudyLedger(data: torn, path: "L.jsonl")
    #expect(ledger.participantIDs == [])
    #expect(
      ledger.damagedLines.map(\.compilerForm) == [
        "L.jsonl:1:1: error: this line of the study ledger cannot be read [ledger-damaged]"
      ])
    #expect(StudyFixtures.ledger([StudyFixtures.enrolled("P001", "ucl", 2)]).damagedLines == [])
  }

  @Test func aHandEditedIDAtTheEndOfTheNumbersNeitherCrashesNorHangs() throws {
    // The next id after Int.max would overflow: such an id is not of the scheme.
    #expect(ParticipantIDScheme().next(after: ["P9223372036854775807"]) == "P001")
    #expect(
      ScreeningDecision.respondentIDs.next(after: ["R001", "R99999999999999999999"]) == "R002")
    // A session of an id far along the sequence: the gaps are counted, not all listed.
    let sessions = [
      ParticipantTableTests.session("P001", "Male", "University College London", 1, index: 1),
      ParticipantTableTests.session(
        "P999999999999999", "Male", "University College London", 2, index: 2),
    ]
    let table = ParticipantTable(
      plan: try StudyFixtures.plan(),
      interview: try #require(try StudyFixtures.shipped().interview?.model),
      ledger: StudyLedger(), sessions: sessions)
    let gaps = try #require(table.defects.first { if case .idGaps = $0 { true } else { false } })
    #expect(
      gaps.message
        == "participant ids missing from the sequence: "
        + (2...51).map { ParticipantIDScheme().id($0) }.joined(separator: ", ")
        + " and 999999999999947 more")
  }
}

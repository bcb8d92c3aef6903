import Foundation
import RapportCore
import RapportTestSupport
import Testing

/// REFI-QDA projects, validated by xmllint against the REFI-QDA schema in `../shared`, with
/// GUID references, source files and selections checked by `qdpx_check.py`.
@Suite struct QDPXExportTests {
  struct Summary: Decodable {
    struct Source: Decodable {
      var name: String
      var text: String
      var selections: [[String]]
    }

    struct Case: Decodable {
      var name: String
      var values: [String: String]
      var sources: Int
    }

    var sources: [Source]
    var cases: [Case]
    var variables: [[String]]
    var codes: [String]
    var users: [String]
    var codingUsers: [String]
  }

  @Test func aStudyProjectHasSourcesCasesVariablesAndCodedQuestions() throws {
    var second = try SessionRecordBuilder.build(
      entries: JournalFixtures.interview(participant: "P002", gender: "Non-Binary"),
      outline: JournalFixtures.interviewOutline)
    second.interviewers = [.init(role: .lead, name: "CK"), .init(role: .support, name: "HI")]
    let records = [try ExportTestSupport.interview(), second]
    let data = try QDPXExporter.export(
      records, outline: JournalFixtures.interviewOutline, name: "belonging-interview")
    let folder = TemporaryFolder()
    let path = try ExportTestSupport.write(data, "study.qdpx", in: folder)
    let summary = try ExportValidators.read(
      Summary.self, "qdpx_check.py", [path, try ExportValidators.refiSchema()])
    #expect(summary.sources.map(\.name) == records.map(\.sessionID))
    #expect(summary.sources[0].text == TextExporter.export(records[0]))
    #expect(
      summary.sources[0].selections == [
        ["[00:00:00] q1 — Warm up", "[00:00:00] q1 — Warm up"], ["[00:02:39] q3", "[00:02:39] q3"],
        ["[00:07:39] q8", "[00:07:39] q8"], ["[00:09:59] q3 (visit 2)", "[00:09:59] q3 (visit 2)"],
      ])
    #expect(summary.codes == ["q1 — Warm up", "q3", "q8"])
    #expect(summary.variables == [["gender", "Text"], ["school", "Text"], ["year", "Integer"]])
    #expect(summary.cases.map(\.name) == ["P001", "P002"])
    #expect(
      summary.cases[1].values == [
        "gender": "Non-Binary", "school": "Imperial College London", "year": "3",
      ])
    #expect(summary.cases.map(\.sources) == [1, 1])
    #expect(summary.users == ["HI", "SA", "CK"])
    // Codings are filed under the session's lead interviewer.
    #expect(
      summary.codingUsers == Array(repeating: "HI", count: 4) + Array(repeating: "CK", count: 4))
  }

  @Test func theCodeSystemListsEveryQuestionInProtocolOrder() throws {
    // Visited q3 before q1, never q8; no interviewers named.
    var record = try SessionRecordBuilder.build(
      entries: JournalFixtures.entries([
        (0, .sessionStarted(JournalFixtures.start())), (1, .stepEntered(step: "q3")),
        (5, .stepEntered(step: "q1")), (9, .ended(reason: .endedEarly)),
      ]), outline: JournalFixtures.interviewOutline)
    record.interviewers = []
    let data = try QDPXExporter.export(
      [record], outline: JournalFixtures.interviewOutline, name: "belonging-interview")
    let folder = TemporaryFolder()
    let path = try ExportTestSupport.write(data, "order.qdpx", in: folder)
    let summary = try ExportValidators.read(
      Summary.self, "qdpx_check.py", [path, try ExportValidators.refiSchema()])
    #expect(summary.codes == ["q1 — Warm up", "q3", "q8"])
    #expect(summary.users == ["rapport"])
    #expect(summary.codingUsers == ["rapport", "rapport"])
  }

  @Test func theSameSessionsGiveTheSameProjectBytes() throws {
    let records = [try ExportTestSupport.interview()]
    let first = try QDPXExporter.export(records, outline: nil, name: "x")
    let second = try QDPXExporter.export(records, outline: nil, name: "x")
    #expect(first == second)
  }
}

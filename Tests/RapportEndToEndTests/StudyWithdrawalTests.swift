import Foundation
import RapportCore
import RapportTestSupport
import Testing

/// A participant withdraws: `rapport delete P001 --study` removes their sessions and erases
/// their kept screening answers from the ledger, through the real binary.
@Suite("a participant's withdrawal from a study")
struct StudyWithdrawalTests {
  typealias Study = StudyWorkflowTests

  @Test func deleteWithStudyErasesTheirAnswersAndTheStudyGoesOnWithoutThem() throws {
    let temp = TemporaryFolder()
    let study = try Study.dundeeParticipantAssigned(in: temp)
    _ = try Study.rapport(["screen"] + study, input: Study.screening(school: 2, year: 4))
    let interview = try Study.rapport(
      ["run", Study.interview, "--participant", "P001"] + study, input: "2\n4\n1\n1 2\n\n")
    #expect(interview.status == 0, "\(interview.stderr)")
    let ledgerPath = "\(temp.path)/belonging-study.study.jsonl"
    let before = try String(contentsOfFile: ledgerPath, encoding: .utf8)
    let otherLine = try #require(before.split(separator: "\n").first { $0.contains("P002") })

    let deleted = try Study.rapport(["delete", "P001", "--yes", "P001"] + study)
    #expect(deleted.status == 0, "\(deleted.stderr)")
    #expect(
      deleted.stdout.contains("belonging-study.study.jsonl: their kept screening answers (2)"))
    #expect(deleted.stdout.contains("erased 2 kept answer(s) of P001 from "))
    #expect(JournalInspection.sessionFolders(in: temp.path).isEmpty)

    let after = try String(contentsOfFile: ledgerPath, encoding: .utf8)
    let lines = after.split(separator: "\n")
    let theirs = try #require(lines.first { $0.contains(#""participant":"P001","respondent""#) })
    #expect(!theirs.contains("attributes"), "their school and year are gone")
    #expect(lines.contains(otherLine), "P002's line is byte for byte as it was")
    #expect(lines.last?.contains(#""type":"withdrawn""#) == true)
    #expect(
      try FileManager.default.attributesOfItem(atPath: ledgerPath)[.posixPermissions] as? Int
        == 0o600)

    let status = try Study.rapport(["study", "status"] + study)
    #expect(status.stdout.contains("Withdrawn: 1 — P001"), "\(status.stdout)")
    #expect(status.stdout.contains("Eligible waiting for an interview: 1 (0 assigned) — P002"))
    let again = try Study.rapport(["assign", "P001", "--lead", "IA", "--support", "UA"] + study)
    #expect(again.status == 1)
    #expect(again.stderr.contains("'P001' withdrew from the study; their id is never used again"))
    let rerun = try Study.rapport(
      ["run", Study.interview, "--participant", "P001"] + study, input: "")
    #expect(rerun.status == 1)
    #expect(rerun.stderr.contains("withdrew from the study"))
    let next = try Study.rapport(["screen"] + study, input: Study.screening(school: 1, year: 2))
    #expect(next.stdout.contains("Eligible: participant id P003"), "ids are never reused")

    let twice = try Study.rapport(["delete", "P001", "--yes", "P001"] + study)
    #expect(twice.status == 0)
    #expect(twice.stdout.contains("P001 had already withdrawn in "))
  }
}

extension StudyWithdrawalTests {
  @Test func aFullDiskDuringTheWithdrawalLeavesTheLedgerAsItWas() throws {
    let temp = TemporaryFolder()
    let ledgerPath = "\(temp.path)/belonging-study.study.jsonl"
    // The ledger ends 5 bytes short of the size limit: the rewritten one, a withdrawal
    // line longer, cannot be written (`ulimit -f` counts 512-byte blocks).
    let blocks = 2
    var ledger = Data(
      (#"{"attributes":{"school":"dundee","year":"1"},"outcome":"eligible","#
        + #""participant":"P001","respondent":"R001","type":"screened"}"# + "\n").utf8)
    ledger.append(Data(String(repeating: " ", count: blocks * 512 - 5 - ledger.count - 1).utf8))
    ledger.append(0x0A)
    #expect(
      FileManager.default.createFile(
        atPath: ledgerPath, contents: ledger, attributes: [.posixPermissions: 0o600]))
    let result = try runProcess(
      "/bin/sh",
      [
        "-c", "ulimit -S -f \(blocks); exec \"$0\" \"$@\"", RapportBinary.path, "delete", "P001",
        "--yes", "P001", "--study", Study.study, "--responses", temp.path,
      ], environment: ["NO_COLOR": "1"])
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("error: the withdrawal of P001 could not be recorded ("))
    #expect(result.stderr.contains("the ledger is unchanged"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: ledgerPath)) == ledger)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: temp.path).sorted()
        == ["belonging-study.study.jsonl", "belonging-study.study.lock"],
      "no half-written ledger is left beside it")
  }
}

import Foundation
import RapportCore
import RapportTestSupport
import Testing

/// `rapport delete PARTICIPANT`: one participant's data removed completely, on request only.
@Suite("rapport delete")
struct DeleteCommandTests {
  let interview = ShippedProtocols.url("belonging-interview.yaml").path

  /// Responses with two sessions of P001 and one of P002, each exported to Markdown.
  func makeStudy(_ temp: TemporaryFolder) throws -> (responses: String, exports: String) {
    let responses = temp.path + "/Responses"
    let exports = temp.path + "/Exports"
    for participant in ["P001", "P001", "P002"] {
      let run = try runProcess(
        RapportBinary.path,
        [
          "run", interview, "--participant", participant, "--responses", responses,
          "--if-exists", "new",
        ], input: "2\nsecret words typed\n")
      #expect(run.status == 0, "\(run.stderr)")
    }
    let export = try runProcess(
      RapportBinary.path,
      ["export", "--all", "--format", "markdown", "--responses", responses, "--out", exports])
    #expect(export.status == 0, "\(export.stderr)")
    return (responses, exports)
  }

  func delete(_ arguments: [String], _ study: (responses: String, exports: String)) throws
    -> ProcessResult
  {
    try runProcess(
      RapportBinary.path,
      ["delete"] + arguments + ["--responses", study.responses, "--exports", study.exports])
  }

  func names(_ folder: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
  }

  @Test func removesEveryFolderAndExportOfOneParticipantAndNothingElse() throws {
    let temp = TemporaryFolder()
    let study = try makeStudy(temp)
    let before = names(study.responses)
    #expect(before.filter { $0.hasPrefix("P001_") }.count == 2)
    let result = try delete(["P001", "--yes", "P001"], study)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(names(study.responses).allSatisfy { $0.hasPrefix("P002_") })
    #expect(names(study.responses).count == 1)
    #expect(names(study.exports).allSatisfy { $0.hasPrefix("P002_") })
    for name in before where name.hasPrefix("P001_") {
      #expect(result.stdout.contains("removed \(study.responses)/\(name)/"))
      #expect(result.stdout.contains("removed \(study.exports)/\(name).md"))
    }
    // What was removed is named; what it held is not shown.
    #expect(!result.stdout.contains("secret"))
  }

  @Test func withoutATerminalItNeedsTheIdRepeatedExactly() throws {
    let temp = TemporaryFolder()
    let study = try makeStudy(temp)
    let before = names(study.responses)
    let unconfirmed = try delete(["P001"], study)
    #expect(unconfirmed.status == 1)
    #expect(unconfirmed.stderr.contains("add --yes P001"))
    let mismatched = try delete(["P001", "--yes", "P002"], study)
    #expect(mismatched.status == 2)
    #expect(names(study.responses) == before)
  }

  @Test func aSessionBeingDrivenIsNotRemoved() throws {
    let temp = TemporaryFolder()
    let study = try makeStudy(temp)
    let folder = try #require(names(study.responses).first { $0.hasPrefix("P001_") })
    let fd = open("\(study.responses)/\(folder)/driver.lock", O_RDWR | O_CREAT, 0o600)
    #expect(flock(fd, LOCK_EX) == 0)
    defer { close(fd) }
    let before = names(study.responses)
    let result = try delete(["P001", "--yes", "P001"], study)
    #expect(result.status == 1)
    #expect(result.stderr.contains("is being run or joined right now"))
    #expect(names(study.responses) == before)
  }

  @Test func aLinkedFolderIsNeitherFollowedNorRemoved() throws {
    let temp = TemporaryFolder()
    let study = try makeStudy(temp)
    let outside = temp.path + "/outside"
    try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
    try Data("keep".utf8).write(to: URL(fileURLWithPath: outside + "/journal.jsonl"))
    try FileManager.default.createSymbolicLink(
      atPath: study.responses + "/P001_linked_20260101T000000Z", withDestinationPath: outside)
    let before = names(study.responses)
    let result = try delete(["P001", "--yes", "P001"], study)
    #expect(result.status == 1)
    #expect(result.stderr.contains("is a link or a file"))
    #expect(names(study.responses) == before)
    #expect(names(outside) == ["journal.jsonl"])
  }

  @Test func onATerminalTheIdIsTypedTwice() throws {
    let temp = TemporaryFolder()
    let study = try makeStudy(temp)
    let arguments = [
      "delete", "P001", "--responses", study.responses, "--exports", study.exports,
    ]
    let wrong = try PseudoTerminal(executable: RapportBinary.path, arguments: arguments)
    try wrong.waitFor("Type the participant id to remove:")
    wrong.type("P001\r")
    try wrong.waitFor("Type it again:")
    wrong.type("P01\r")
    try wrong.waitFor("nothing was removed")
    #expect(wrong.waitForExit() == 1)
    #expect(names(study.responses).filter { $0.hasPrefix("P001_") }.count == 2)

    let right = try PseudoTerminal(executable: RapportBinary.path, arguments: arguments)
    try right.waitFor("Type the participant id to remove:")
    right.type("P001\r")
    try right.waitFor("Type it again:")
    right.type("P001\r")
    try right.waitFor("removed")
    #expect(right.waitForExit() == 0)
    #expect(names(study.responses).allSatisfy { $0.hasPrefix("P002_") })
  }

  /// The markers are a session's own files and go with it; the paradata hold every
  /// participant, so they are named; the codebook is the protocol's alone, so it is not.
  @Test func removesTheMarkersAndNamesTheParadata() throws {
    let temp = TemporaryFolder()
    let study = try makeStudy(temp)
    let export = try runProcess(
      RapportBinary.path,
      [
        "export", "--all", "-f", "audacity,cue,paradata,qdc", "--responses", study.responses,
        "--out", study.exports,
      ])
    #expect(export.status == 0, "\(export.stderr)")
    let result = try delete(["P001", "--yes", "P001"], study)
    #expect(result.status == 0, "\(result.stderr)")
    let left = names(study.exports)
    #expect(!left.contains { $0.hasPrefix("P001_") })
    #expect(left.contains { $0.hasPrefix("P002_") && $0.hasSuffix(".audacity.txt") })
    #expect(result.stdout.contains("\(study.exports)/paradata.csv"))
    #expect(result.stdout.contains("\(study.exports)/export-info.json"))
    #expect(!result.stdout.contains(".qdc"))
  }
}

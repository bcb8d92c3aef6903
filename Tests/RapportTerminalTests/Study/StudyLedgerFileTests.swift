import Foundation
import RapportCore
import RapportTerminal
import RapportTestSupport
import Testing

/// The study's ledger on disk: private, append-only, read back as written, never through
/// a planted link.
@Suite struct StudyLedgerFileTests {
  @Test func entriesAreAppendedPrivateAndReadBack() throws {
    let temp = TemporaryFolder()
    let root = "\(temp.path)/Responses"
    let ledger = StudyLedgerFile(root: root, studyID: "s")
    let id = try ledger.update { current in
      let next = ParticipantIDScheme().next(after: current.participantIDs)
      return (
        StudyLedgerEntry(
          type: .screened, respondent: "R001", participant: next, outcome: .eligible,
          attributes: ["school": "ucl"]), next
      )
    }
    #expect(id == "P001")
    let second = try ledger.update { current in
      (nil as StudyLedgerEntry?, ParticipantIDScheme().next(after: current.participantIDs))
    }
    #expect(second == "P002", "the first id is on disk before the next is given")
    #expect(try ledger.read().participants.map(\.id) == ["P001"])
    let modes = try [root, ledger.path, ledger.lockPath].map {
      try FileManager.default.attributesOfItem(atPath: $0)[.posixPermissions] as? Int
    }
    #expect(modes == [0o700, 0o600, 0o600])
    #expect(
      try String(contentsOfFile: ledger.path, encoding: .utf8)
        == #"{"attributes":{"school":"ucl"},"outcome":"eligible","participant":"P001","respondent":"R001","type":"screened"}"#
        + "\n")
  }

  @Test func aLedgerThatIsASymbolicLinkIsRefused() throws {
    let temp = TemporaryFolder()
    let ledger = StudyLedgerFile(root: temp.path, studyID: "s")
    try "".write(toFile: "\(temp.path)/elsewhere", atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(
      atPath: ledger.path, withDestinationPath: "\(temp.path)/elsewhere")
    #expect(throws: StorageError.self) {
      try ledger.append(StudyLedgerEntry(type: .screeningStarted, respondent: "R001"))
    }
    #expect(throws: StorageError.self) { try ledger.read() }
  }
}

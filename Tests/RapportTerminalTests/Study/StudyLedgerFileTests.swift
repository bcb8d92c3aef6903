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

/// A withdrawal rewrites the ledger under its lock, atomically, and keeps it private.
@Suite struct StudyLedgerWithdrawalTests {
  @Test func aWithdrawalLeavesAPrivateLedgerWithoutTheirAnswersAndNoTemporaryFile() throws {
    let temp = TemporaryFolder()
    let ledger = StudyLedgerFile(root: temp.path, studyID: "s")
    for (respondent, school) in [("R001", "ucl"), ("R002", "imperial")] {
      try ledger.update { current in
        let next = ParticipantIDScheme().next(after: current.participantIDs)
        return (
          StudyLedgerEntry(
            type: .screened, respondent: respondent, participant: next, outcome: .eligible,
            attributes: ["school": school]), ()
        )
      }
    }
    let outcome = try ledger.withdraw("P001", at: "T")
    guard case .erased(_, 1) = outcome else {
      Issue.record("not erased: \(outcome)")
      return
    }
    let text = try String(contentsOfFile: ledger.path, encoding: .utf8)
    #expect(!text.contains("ucl"))
    #expect(text.contains(#""school":"imperial""#))
    #expect(
      try FileManager.default.attributesOfItem(atPath: ledger.path)[.posixPermissions]
        as? Int == 0o600)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: temp.path).sorted()
        == ["s.study.jsonl", "s.study.lock"])
    #expect(try ledger.withdraw("P001") == .alreadyWithdrawn)
    // The next id after a withdrawal is a new one.
    let next = try ledger.update { current in
      (nil as StudyLedgerEntry?, ParticipantIDScheme().next(after: current.participantIDs))
    }
    #expect(next == "P003")
  }

  @Test func aLedgerThatIsALinkIsNeverRewritten() throws {
    let temp = TemporaryFolder()
    let ledger = StudyLedgerFile(root: temp.path, studyID: "s")
    let elsewhere = "\(temp.path)/elsewhere"
    let line =
      #"{"attributes":{"school":"ucl"},"outcome":"eligible","participant":"P001","type":"screened"}"#
    try (line + "\n").write(toFile: elsewhere, atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(atPath: ledger.path, withDestinationPath: elsewhere)
    #expect(throws: StorageError.self) { try ledger.withdraw("P001") }
    #expect(try String(contentsOfFile: elsewhere, encoding: .utf8) == line + "\n")
  }
}

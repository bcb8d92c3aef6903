import Foundation
import RapportCore
import Testing

/// A withdrawal erases exactly the participant's kept answers and nothing else: every
/// other line, damaged ones included, comes back byte for byte.
@Suite struct StudyLedgerErasureTests {
  static let ledger = """
    {"respondent":"R001","type":"screening-started"}
    {"attributes":{"school":"ucl","year":"3"},"outcome":"eligible","participant":"P001","respondent":"R001","type":"screened"}
    {"attributes":{"school":"imperial","year":"2"},"outcome":"eligible","participant":"P002","respondent":"R002","type":"screened"}
    {"lead":"IA","participant":"P001","support":"DA","type":"assigned"}
    {"type":"scree

    """
  // (The damaged line is whole: it ends in a newline, as a hand edit's would.)

  @Test func theParticipantsAnswersGoAndEveryOtherLineStaysAsItWas() throws {
    let outcome = StudyLedgerErasure.erase(
      "P001", from: Data(Self.ledger.utf8), at: "2026-12-03T14:00:00Z")
    guard case .erased(let bytes, let answers) = outcome else {
      Issue.record("not erased: \(outcome)")
      return
    }
    #expect(answers == 2)
    #expect(
      String(decoding: bytes, as: UTF8.self) == """
        {"respondent":"R001","type":"screening-started"}
        {"outcome":"eligible","participant":"P001","respondent":"R001","type":"screened"}
        {"attributes":{"school":"imperial","year":"2"},"outcome":"eligible","participant":"P002","respondent":"R002","type":"screened"}
        {"lead":"IA","participant":"P001","support":"DA","type":"assigned"}
        {"type":"scree
        {"at":"2026-12-03T14:00:00Z","participant":"P001","type":"withdrawn"}

        """)
  }

  @Test func aTornLastLineIsKeptAndTheWithdrawalIsALineOfItsOwn() throws {
    let torn = #"{"outcome":"eligible","participant":"P001","type":"screened"}"# + "\n{\"ty"
    let outcome = StudyLedgerErasure.erase("P001", from: Data(torn.utf8), at: "T")
    guard case .erased(let bytes, 0) = outcome else {
      Issue.record("not erased: \(outcome)")
      return
    }
    #expect(
      String(decoding: bytes, as: UTF8.self)
        == torn + "\n" + #"{"at":"T","participant":"P001","type":"withdrawn"}"# + "\n")
  }

  @Test func anIDNeverGivenOrAlreadyWithdrawnLeavesTheLedgerAlone() throws {
    let data = Data(Self.ledger.utf8)
    #expect(StudyLedgerErasure.erase("P009", from: data, at: "T") == .notInLedger)
    #expect(StudyLedgerErasure.erase("R001", from: data, at: "T") == .notInLedger)
    guard case .erased(let once, _) = StudyLedgerErasure.erase("P001", from: data, at: "T")
    else {
      Issue.record("not erased")
      return
    }
    #expect(StudyLedgerErasure.erase("P001", from: once, at: "T") == .alreadyWithdrawn)
  }

  @Test func theFoldCountsAWithdrawnParticipantNowhereButKeepsTheirIDGiven() throws {
    guard
      case .erased(let bytes, _) = StudyLedgerErasure.erase(
        "P001", from: Data(Self.ledger.utf8), at: "T")
    else {
      Issue.record("not erased")
      return
    }
    let ledger = StudyLedger(data: bytes, path: "L")
    #expect(ledger.participantIDs == ["P001", "P002"], "ids stay given: never reused")
    #expect(ledger.withdrawnIDs == ["P001"])
    #expect(ledger.taking.map(\.id) == ["P002"])
    #expect(ledger.participant("P001")?.attributes == [:])
    #expect(ParticipantIDScheme().next(after: ledger.participantIDs) == "P003")
  }
}

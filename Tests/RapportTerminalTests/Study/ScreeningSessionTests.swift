import Foundation
import RapportCore
import RapportTerminal
import RapportTestSupport
import Testing

/// A screening as the ledger sees it: ids taken in turn, the decision on disk, nothing
/// given while the ledger is damaged, and the screening's own folder removed afterwards.
@Suite struct ScreeningSessionTests {
  /// The shipped study, loaded as `rapport screen` loads it.
  static func plan() throws -> StudyPlan {
    let root = ShippedProtocols.packageRoot
    let path = "Protocols/belonging-study.yaml"
    let result = StudyCheck.check(
      data: try Data(contentsOf: root.appendingPathComponent(path)), path: path
    ) { path in
      guard let data = try? Data(contentsOf: root.appendingPathComponent(path)) else {
        return .unreadable(
          .error("cannot-read", "cannot read '\(path)'", at: .init(file: path, line: 1, column: 1)))
      }
      return .data(data)
    }
    return try #require(result.plan)
  }

  struct Scratch {
    let temp = TemporaryFolder()
    let screening: ScreeningSession
    var root: String { screening.ledger.root }

    init() throws {
      let ledger = StudyLedgerFile(root: temp.path + "/Responses", studyID: "belonging-study")
      screening = ScreeningSession(plan: try ScreeningSessionTests.plan(), ledger: ledger)
    }

    /// A finished screening session of `respondent` on disk, as the runner leaves it.
    func folder(_ respondent: String, school: String, year: Double = 2) throws -> SessionFolder {
      let folder = SessionFolder(path: "\(root)/\(respondent)-screening")
      try FileManager.default.createDirectory(
        atPath: folder.path, withIntermediateDirectories: true)
      let journal = JournalFixtures.screening(participant: respondent, school: school, year: year)
        .reduce(into: Data()) { $0.append(JournalCodec.encodeLine($1)) }
      try journal.write(to: URL(fileURLWithPath: folder.journalPath))
      return folder
    }

    func ledgerText() throws -> String {
      try String(contentsOfFile: screening.ledger.path, encoding: .utf8)
    }
  }

  @Test func respondentsAreNumberedInTurnAndTheEligibleGetTheNextParticipantID() throws {
    let scratch = try Scratch()
    let screening = scratch.screening
    #expect(try screening.start(at: "t1") == "R001")
    #expect(try screening.start(at: "t2") == "R002")
    let first = try screening.decide(
      scratch.folder("R001", school: "ucl"), respondent: "R001", at: "t3")
    let second = try screening.decide(
      scratch.folder("R002", school: "imperial", year: 3), respondent: "R002", at: "t4")
    #expect(first.participant == "P001" && second.participant == "P002")
    #expect(
      try scratch.ledgerText() == """
        {"at":"t1","respondent":"R001","type":"screening-started"}
        {"at":"t2","respondent":"R002","type":"screening-started"}
        {"at":"t3","attributes":{"school":"ucl","year":"2"},"outcome":"eligible","participant":"P001","respondent":"R001","type":"screened"}
        {"at":"t4","attributes":{"school":"imperial","year":"3"},"outcome":"eligible","participant":"P002","respondent":"R002","type":"screened"}

        """)
  }

  @Test func anIneligibleRespondentGetsNoIDAndNoAnswerIsKept() throws {
    let scratch = try Scratch()
    let respondent = try scratch.screening.start(at: "t1")
    let entry = try scratch.screening.decide(
      scratch.folder(respondent, school: "none"), respondent: respondent, at: "t2")
    #expect(entry.outcome == .ineligible && entry.participant == nil && entry.attributes == nil)
    #expect(
      try scratch.ledgerText().hasSuffix(
        #""respondent":"R001","step":"not-eligible","type":"screened"}"# + "\n"))
  }

  @Test func aDamagedLedgerGivesNoRespondentID() throws {
    let scratch = try Scratch()
    _ = try scratch.screening.start(at: "t1")
    let damaged = try scratch.ledgerText() + "{not json\n"
    try damaged.write(toFile: scratch.screening.ledger.path, atomically: false, encoding: .utf8)
    let refusal = try #require(throws: ScreeningSession.Refusal.self) {
      try scratch.screening.start(at: "t2")
    }
    #expect(refusal.diagnostics.map(\.rule) == ["ledger-damaged"])
    #expect(refusal.diagnostics.first?.location.line == 2)
    #expect(
      refusal.message
        == "the study ledger has 1 damaged line(s), which may hide a participant id already "
        + "given, so no new id can be given: repair or remove them first (see docs/study.md, "
        + "'The ledger')")
    #expect(try scratch.ledgerText() == damaged, "nothing is appended")
  }

  @Test func aLedgerDamagedDuringTheScreeningKeepsTheSessionAndGivesNoID() throws {
    let scratch = try Scratch()
    let respondent = try scratch.screening.start(at: "t1")
    let folder = try scratch.folder(respondent, school: "ucl")
    let damaged = try scratch.ledgerText() + "{not json\n"
    try damaged.write(toFile: scratch.screening.ledger.path, atomically: false, encoding: .utf8)
    let refusal = try #require(throws: ScreeningSession.Refusal.self) {
      try scratch.screening.decide(folder, respondent: respondent, at: "t2")
    }
    #expect(
      refusal.message
        == "the study ledger '\(scratch.screening.ledger.path)' was damaged during the screening "
        + "of R001; no participant id was given. The screening session '\(folder.path)' is "
        + "kept: once this is fixed, screen the respondent again and remove it with "
        + "'rapport delete R001 --responses \(scratch.root)'")
    #expect(try scratch.ledgerText() == damaged)
    #expect(folder.hasJournal)
  }

  @Test func aLedgerThatCannotBeWrittenSaysWhyAndKeepsTheSession() throws {
    let scratch = try Scratch()
    let respondent = try scratch.screening.start(at: "t1")
    let folder = try scratch.folder(respondent, school: "ucl")
    let ledger = scratch.screening.ledger.path
    try FileManager.default.moveItem(atPath: ledger, toPath: ledger + ".moved")
    try FileManager.default.createSymbolicLink(
      atPath: ledger, withDestinationPath: ledger + ".moved")
    let refusal = try #require(throws: ScreeningSession.Refusal.self) {
      try scratch.screening.decide(folder, respondent: respondent, at: "t2")
    }
    #expect(
      refusal.message.hasPrefix("the screening of R001 could not be recorded in the study ledger (")
    )
    #expect(refusal.message.contains("The screening session '\(folder.path)' is kept"))
    #expect(folder.hasJournal)
  }

  @Test func discardingRemovesTheScreeningButNeverFollowsALink() throws {
    let scratch = try Scratch()
    let folder = try scratch.folder("R001", school: "ucl")
    let outside = scratch.temp.path + "/outside.txt"
    try "keep me".write(toFile: outside, atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(
      atPath: folder.path + "/link", withDestinationPath: outside)
    #expect(ScreeningSession.discard(folder, respondent: "R001") == nil)
    #expect(!FileManager.default.fileExists(atPath: folder.path))
    #expect(try String(contentsOfFile: outside, encoding: .utf8) == "keep me")
  }
}

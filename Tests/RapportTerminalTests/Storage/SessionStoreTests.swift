import Foundation
import RapportCore
import RapportTerminal
import RapportTestSupport
import Testing

@Suite("Session store")
struct SessionStoreTests {
  /// A first line that is no session start but shows the journal was written.
  static func placeholder(_: String, _ journal: JournalFile) throws(StorageError) {
    try journal.append(Data("{}\n".utf8))
  }

  @Test(arguments: ["P001", "p-7", "R_001", "A"])
  func acceptsPlainIDs(id: String) {
    #expect(SessionStore.isSafeParticipantID(id))
  }

  @Test(arguments: [
    "", "../P001", "P001/..", ".hidden", "-P1", "P 001", "P001\n", "Pé01", "..",
    String(repeating: "P", count: 65),
  ])
  func refusesIDsThatCouldLeaveTheFolder(id: String) {
    #expect(!SessionStore.isSafeParticipantID(id))
  }

  @Test func sessionFoldersAndJournalsArePrivateWhateverTheUmask() throws {
    let temp = TemporaryFolder()
    let old = umask(0o022)
    defer { umask(old) }
    let store = SessionStore(root: temp.path + "/Responses")
    let folder = try store.createSession(
      participant: "P001", protocolID: "demo", startedAt: Date(timeIntervalSince1970: 0),
      firstLines: Self.placeholder)
    func mode(_ path: String) throws -> Int {
      let attributes = try FileManager.default.attributesOfItem(atPath: path)
      return (attributes[.posixPermissions] as? Int) ?? -1
    }
    #expect(try mode(store.root) == 0o700)
    #expect(try mode(folder.path) == 0o700)
    #expect(try mode(folder.journalPath) == 0o600)
    #expect(folder.name == "P001_demo_19700101T000000Z")
  }

  @Test func aSecondSessionInTheSameSecondGetsItsOwnFolder() throws {
    let temp = TemporaryFolder()
    let store = SessionStore(root: temp.path)
    let when = Date(timeIntervalSince1970: 0)
    let first = try store.createSession(
      participant: "P001", protocolID: "demo", startedAt: when, firstLines: Self.placeholder)
    let second = try store.createSession(
      participant: "P001", protocolID: "demo", startedAt: when, firstLines: Self.placeholder)
    #expect(first != second)
    #expect(second.name.hasSuffix("-2"))
  }

  @Test func findsASessionByParticipantOnlyWhenUnambiguous() throws {
    let temp = TemporaryFolder()
    let store = SessionStore(root: temp.path)
    for (participant, second) in [("P001", 0.0), ("P002", 1.0), ("P002", 2.0)] {
      _ = try store.createSession(
        participant: participant, protocolID: "demo",
        startedAt: Date(timeIntervalSince1970: second), firstLines: Self.placeholder)
    }
    #expect(try store.find("P001").name == "P001_demo_19700101T000000Z")
    #expect(throws: StorageError.self) { try store.find("P002") }
    #expect(throws: StorageError.noSuchSession("P404")) { try store.find("P404") }
    #expect(try store.find("P002_demo_19700101T000002Z").name.hasPrefix("P002"))
  }

  @Test func aTornTailIsMovedAsideAndTheJournalCutToItsLastWholeLine() throws {
    let temp = TemporaryFolder()
    let folder = SessionFolder(path: temp.path)
    let whole = Data("{\"a\":1}\n".utf8)
    let torn = Data("{\"type\":\"noted\",\"text\":\"half a no".utf8)
    try JournalFile(path: folder.journalPath).append(whole + torn)
    let recovery = try #require(try folder.setAsideTornTail(torn, at: whole.count))
    #expect(recovery == temp.path + "/recovered-1.jsonl")
    #expect(try Data(contentsOf: URL(fileURLWithPath: recovery)) == torn)
    #expect(try folder.readJournal() == whole)
  }

  @Test func onlyOneProcessCanDriveASession() throws {
    let temp = TemporaryFolder()
    let folder = SessionFolder(path: temp.path)
    #expect(!DriverLock.isHeld(folder))
    var lock = try DriverLock.acquire(folder)
    #expect(lock != nil)
    #expect(DriverLock.isHeld(folder))
    #expect(try DriverLock.acquire(folder) == nil)
    lock = nil
    #expect(!DriverLock.isHeld(folder))
  }
}

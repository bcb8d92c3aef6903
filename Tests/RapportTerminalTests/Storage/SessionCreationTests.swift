import Foundation
import RapportCore
import RapportTerminal
import RapportTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A session folder either holds a valid start or does not exist.
@Suite("Session creation")
struct SessionCreationTests {
  static func opener(_ root: String) -> SessionOpener {
    SessionOpener(store: SessionStore(root: root), clock: ManualClock())
  }

  @Test func aStartWritesTheJournalWithItsFirstLinesAndNothingElse() throws {
    let temp = TemporaryFolder()
    let path = ShippedProtocols.url("eligibility-screening.yaml").path
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let protocolValue = try #require(ProtocolLoader.load(text: text, path: path).protocol)
    let opened = try Self.opener(temp.path).start(
      protocol: protocolValue, text: text, path: path,
      participant: "P001", lead: nil, support: nil, version: "test")
    #expect(SessionFileProbe.names(in: opened.folder.path) == ["journal.jsonl"])
    let read = JournalCodec.decode(try opened.folder.readJournal())
    #expect(read.isClean)
    #expect(read.sessionStart?.sessionID == opened.folder.name)
    #expect(read.entries.count == 2)
    // The journal goes on in place, with the next sequence number.
    var state = opened.state
    try opened.writer.commit([.paused], to: &state)
    let entries = JournalCodec.decode(try opened.folder.readJournal()).entries
    #expect(entries.map(\.seq) == [1, 2, 3])
  }

  @Test func aStartThatFailsLeavesNoFolder() throws {
    let temp = TemporaryFolder()
    let store = SessionStore(root: temp.path)
    #expect(throws: StorageError.cannotWrite(path: "x", reason: "No space left on device")) {
      try store.createSession(
        participant: "P001", protocolID: "demo", startedAt: Date(timeIntervalSince1970: 0)
      ) { (_, journal) throws(StorageError) in
        try journal.append(Data("{\"half\":".utf8))
        throw .cannotWrite(path: "x", reason: "No space left on device")
      }
    }
    #expect(SessionFileProbe.names(in: temp.path).isEmpty)
    #expect(store.allSessions().isEmpty)
  }

  @Test func aFolderWithoutAJournalYetIsNoSession() throws {
    // What a kill between claiming the folder and renaming the journal in leaves.
    let temp = TemporaryFolder()
    let folder = temp.path + "/P001_demo_19700101T000000Z"
    mkdir(folder, 0o700)
    #expect(
      FileManager.default.createFile(atPath: folder + "/.journal-start.tmp", contents: Data()))
    let store = SessionStore(root: temp.path)
    #expect(store.allSessions().isEmpty)
    #expect(throws: StorageError.noSuchSession("P001")) { try store.find("P001") }
    let next = try store.createSession(
      participant: "P001", protocolID: "demo", startedAt: Date(timeIntervalSince1970: 0),
      firstLines: SessionStoreTests.placeholder)
    #expect(next.name == "P001_demo_19700101T000000Z-2")
  }

  @Test func aStubWithAnEmptyJournalIsListedButHoldsNoStart() throws {
    let temp = TemporaryFolder()
    let folder = SessionFolder(path: temp.path + "/P001_demo_19700101T000000Z")
    mkdir(folder.path, 0o700)
    #expect(FileManager.default.createFile(atPath: folder.journalPath, contents: Data()))
    let store = SessionStore(root: temp.path)
    #expect(store.allSessions() == [folder])
    #expect(!folder.holdsSessionStart)
    #expect(throws: SessionOpenError.refused(folder.path, .emptyJournal)) {
      try Self.opener(temp.path).resume(folder, as: .lead)
    }
    #expect(try folder.readJournal().isEmpty)
  }
}

import Foundation
import RapportCore
import RapportTerminal
import RapportTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Nothing of a session is read or written through a link planted in its folder.
@Suite("Symbolic links and odd files")
struct SymbolicLinkTests {
  /// A session folder with a journal, and a file outside it that a link could point to.
  struct Planted {
    let temp = TemporaryFolder()
    var root: String { temp.path + "/Responses" }
    var folder: SessionFolder { SessionFolder(path: root + "/P001_demo_19700101T000000Z") }
    var outside: String { temp.path + "/outside.txt" }
    let outsideText = Data("someone else's file\n".utf8)

    init() throws {
      mkdir(root, 0o700)
      mkdir(folder.path, 0o700)
      try Data("{}\n".utf8).write(to: URL(fileURLWithPath: folder.journalPath))
      try outsideText.write(to: URL(fileURLWithPath: outside))
      chmod(outside, 0o644)
    }

    func outsideIsUntouched() throws -> Bool {
      var info = stat()
      stat(outside, &info)
      return try Data(contentsOf: URL(fileURLWithPath: outside)) == outsideText
        && info.st_mode & 0o777 == 0o644
    }
  }

  @Test func aJournalThatIsALinkIsRefusedAndItsTargetUntouched() throws {
    let planted = try Planted()
    unlink(planted.folder.journalPath)
    symlink(planted.outside, planted.folder.journalPath)
    let refusal = StorageError.symbolicLink(
      path: planted.folder.journalPath, within: "session folder")
    #expect(
      refusal.errorDescription
        == "'\(planted.folder.journalPath)' is a symbolic link: refusing to follow it out of "
        + "the session folder")
    #expect(throws: refusal) { try planted.folder.readJournal() }
    #expect(throws: refusal) { try JournalFile(path: planted.folder.journalPath) }
    #expect(throws: refusal) { try planted.folder.checkEntries() }
    #expect(throws: refusal) {
      try JournalFollower(path: planted.folder.journalPath, from: 0)
    }
    #expect(try planted.outsideIsUntouched())
  }

  @Test(arguments: ["history", "history-support", "driver.lock", "recovered-1.jsonl"])
  func anyLinkInTheFolderStopsAResume(name: String) throws {
    let planted = try Planted()
    let link = planted.folder.path + "/" + name
    symlink(planted.outside, link)
    let opener = SessionOpener(store: SessionStore(root: planted.root), clock: ManualClock())
    #expect(
      throws: SessionOpenError.storage(.symbolicLink(path: link, within: "session folder"))
    ) { try opener.resume(planted.folder, as: .lead) }
    #expect(try planted.outsideIsUntouched())
  }

  @Test func lockFilesAreNeverOpenedThroughALink() throws {
    let planted = try Planted()
    symlink(planted.outside, planted.folder.lockPath)
    #expect(
      throws: StorageError.symbolicLink(path: planted.folder.lockPath, within: "session folder")
    ) { try DriverLock.acquire(planted.folder) }
    #expect(!DriverLock.isHeld(planted.folder))
    #expect(try planted.outsideIsUntouched())
  }

  @Test func aSessionFolderThatIsALinkIsNeitherListedNorFound() throws {
    let planted = try Planted()
    let elsewhere = planted.temp.path + "/elsewhere"
    mkdir(elsewhere, 0o700)
    try Data("{}\n".utf8).write(to: URL(fileURLWithPath: elsewhere + "/journal.jsonl"))
    let link = planted.root + "/P002_demo_19700101T000000Z"
    symlink(elsewhere, link)
    let store = SessionStore(root: planted.root)
    #expect(store.allSessions() == [planted.folder])
    #expect(
      throws: StorageError.symbolicLink(path: link, within: "responses folder")
    ) { try store.find("P002_demo_19700101T000000Z") }
    #expect(throws: StorageError.noSuchSession("P002")) { try store.find("P002") }
  }

  @Test func aRootThatIsALinkIsRefused() throws {
    let planted = try Planted()
    let link = planted.temp.path + "/Linked"
    symlink(planted.root, link)
    let store = SessionStore(root: link)
    #expect(throws: StorageError.linkedResponsesFolder(path: link)) { try store.checkRoot() }
    #expect(throws: StorageError.linkedResponsesFolder(path: link)) {
      try store.createSession(
        participant: "P003", protocolID: "demo", startedAt: Date(timeIntervalSince1970: 0),
        firstLines: SessionStoreTests.placeholder)
    }
    #expect(SessionFileProbe.names(in: planted.root) == ["P001_demo_19700101T000000Z"])
  }

  @Test func aRootOpenToOthersIsTightenedWithOneWarning() throws {
    let planted = try Planted()
    chmod(planted.root, 0o777)
    let store = SessionStore(root: planted.root)
    let check = try store.checkRoot()
    #expect(check == .tightened(root: planted.root, from: 0o777))
    #expect(
      check.warning
        == "the responses folder '\(planted.root)' was open to other users (mode 0777); it is "
        + "now 0700, as session notes are personal data.")
    var info = stat()
    stat(planted.root, &info)
    #expect(info.st_mode & 0o777 == 0o700)
    #expect(try store.checkRoot() == .fine)
  }

  @Test func aJournalThatIsAFIFOIsRefusedWithoutWaiting() throws {
    let planted = try Planted()
    unlink(planted.folder.journalPath)
    mkfifo(planted.folder.journalPath, 0o600)
    let started = Date()
    #expect(throws: StorageError.notRegularFile(path: planted.folder.journalPath)) {
      try planted.folder.readJournal()
    }
    #expect(throws: StorageError.notRegularFile(path: planted.folder.journalPath)) {
      try JournalFile(path: planted.folder.journalPath)
    }
    #expect(Date().timeIntervalSince(started) < 2)
  }

  @Test func anExistingJournalKeepsItsModeAndANewOneIs0600() throws {
    let planted = try Planted()
    chmod(planted.folder.journalPath, 0o640)
    _ = try JournalFile(path: planted.folder.journalPath)
    var info = stat()
    stat(planted.folder.journalPath, &info)
    #expect(info.st_mode & 0o777 == 0o640)
    let old = umask(0o000)
    defer { umask(old) }
    let fresh = planted.folder.path + "/new.jsonl"
    _ = try JournalFile(path: fresh)
    stat(fresh, &info)
    #expect(info.st_mode & 0o777 == 0o600)
  }
}

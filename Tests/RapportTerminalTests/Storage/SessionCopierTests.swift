import Foundation
import RapportCore
import RapportTerminal
import RapportTestSupport
import Testing

@Suite("Copying a session elsewhere when its disk is full")
struct SessionCopierTests {
  static let faults: [(FaultyFileCalls.Call, FaultyFileCalls.Fault)] = [
    (.mkdir, .error(ENOSPC)), (.open, .error(EIO)), (.write, .error(ENOSPC)),
    (.write, .error(EFBIG)), (.write, .shortWrite(5)), (.fsync, .error(EIO)),
    (.rename, .error(ENOSPC)),
  ]

  @Test(arguments: 0..<faults.count)
  func aFailedCopyLeavesNoFolderAndTheNextOneIsWhole(_ index: Int) throws {
    let temp = TemporaryFolder()
    let folder = SessionFolder(path: temp.path + "/P001_mini_20260101T000000Z")
    try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
    let original = Data("{\"a\":1}\n{\"b\":2}\n{\"torn".utf8)
    try original.write(to: URL(fileURLWithPath: folder.journalPath))
    let calls = FaultyFileCalls()
    let root = temp.path + "/elsewhere"
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    let (call, fault) = Self.faults[index]
    // The first open reads the original; the fault is meant for the copy's own calls.
    calls.fail(call, nth: call == .open ? 2 : 1, with: fault)
    let pending = [Data("{\"c\":3}\n".utf8)]
    #expect(throws: StorageError.self) {
      try SessionCopier(calls: calls).copy(folder, pending: pending, into: root)
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: root).isEmpty)
    #expect(try folder.readJournal() == original)
    let copy = try SessionCopier(calls: calls).copy(folder, pending: pending, into: root)
    // Whole lines only: the torn tail stays in the original.
    #expect(try copy.readJournal() == Data("{\"a\":1}\n{\"b\":2}\n{\"c\":3}\n".utf8))
    #expect(try FileManager.default.contentsOfDirectory(atPath: copy.path) == ["journal.jsonl"])
  }
}

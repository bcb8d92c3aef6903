import Foundation
import RapportCore
import RapportTerminal
import RapportTestSupport
import Testing

@Suite("Journal appends on a failing disk")
struct JournalFileFaultTests {
  func line(_ seq: Int, _ writer: String, _ text: String) -> Data {
    JournalCodec.encodeLine(
      JournalEntry(
        seq: seq, writer: writer, at: Date(timeIntervalSince1970: 0), clock: 0,
        event: .noted(step: nil, role: writer == "lead" ? .lead : .support, text: text)))
  }

  func notes(_ path: String) throws -> [String] {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    return JournalCodec.decode(data).entries.compactMap {
      if case .noted(_, _, let text) = $0.event { text } else { nil }
    }
  }

  @Test func aJournalThatCannotBeOpenedIsNotCreated() {
    let temp = TemporaryFolder()
    let calls = FaultyFileCalls()
    calls.fail(.open, with: .error(ENOSPC))
    #expect(throws: StorageError.self) {
      try JournalFile(path: temp.path + "/journal.jsonl", calls: calls)
    }
    #expect(!FileManager.default.fileExists(atPath: temp.path + "/journal.jsonl"))
  }

  @Test func aWholeLineLeftBehindAndEndedByTheOtherWriterIsNotWrittenTwice() throws {
    let temp = TemporaryFolder()
    let path = temp.path + "/journal.jsonl"
    let calls = FaultyFileCalls()
    let lead = try JournalFile(path: path, calls: calls)
    let support = try JournalFile(path: path)
    try lead.append(line(1, "lead", "first"))
    let second = line(2, "lead", "second")
    // All but the newline reaches the disk, and the cut-back fails too.
    calls.fail(.write, with: .shortWrite(second.count - 1))
    calls.fail(.ftruncate, with: .error(EIO))
    #expect(throws: StorageError.self) { try lead.append(second) }
    try support.append(line(1, "support", "from the supporter"))
    try lead.append(second)
    #expect(try notes(path) == ["first", "second", "from the supporter"])
    #expect(JournalCodec.decode(try Data(contentsOf: URL(fileURLWithPath: path))).isClean)
  }

  @Test func aFragmentLeftBehindIsADamagedLineAndTheLineFollowsWhole() throws {
    let temp = TemporaryFolder()
    let path = temp.path + "/journal.jsonl"
    let calls = FaultyFileCalls()
    let lead = try JournalFile(path: path, calls: calls)
    let support = try JournalFile(path: path)
    try lead.append(line(1, "lead", "first"))
    calls.fail(.write, with: .shortWrite(12))
    calls.fail(.ftruncate, with: .error(EIO))
    #expect(throws: StorageError.self) { try lead.append(line(2, "lead", "second")) }
    try support.append(line(1, "support", "from the supporter"))
    try lead.append(line(2, "lead", "second"))
    #expect(try notes(path) == ["first", "from the supporter", "second"])
    let read = JournalCodec.decode(try Data(contentsOf: URL(fileURLWithPath: path)))
    #expect(read.damagedLines.count == 1)
  }

  @Test func aCopyNeverHoldsALineLeftBehindTwice() throws {
    let temp = TemporaryFolder()
    let folder = SessionFolder(path: temp.path + "/P001_mini_20260101T000000Z")
    try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
    let calls = FaultyFileCalls()
    let lead = try JournalFile(path: folder.journalPath, calls: calls)
    try lead.append(line(1, "lead", "first"))
    let second = line(2, "lead", "second")
    calls.fail(.fsync, with: .error(EIO))
    calls.fail(.ftruncate, with: .error(EIO))
    #expect(throws: StorageError.self) { try lead.append(second) }
    let copy = try SessionCopier().copy(
      folder, pending: [second, line(3, "lead", "third")], into: temp.path + "/elsewhere")
    #expect(try notes(copy.journalPath) == ["first", "second", "third"])
  }
}

@Suite("Journal appends: a failed write with another writer's line after it")
struct JournalFileRaceFaultTests {
  let fault = JournalFileFaultTests()

  @Test func aFragmentTheOtherWriterAppendedAfterIsNeitherCutNorGluedToItsLine() throws {
    let temp = TemporaryFolder()
    let path = temp.path + "/journal.jsonl"
    let calls = FaultyFileCalls()
    let lead = try JournalFile(path: path, calls: calls)
    let support = try JournalFile(path: path)
    try lead.append(fault.line(1, "lead", "first"))
    // Half the line reaches the disk, and before the lead can react the supporter's line
    // lands right after the fragment.
    calls.fail(.write, with: .shortWrite(30))
    calls.after(.write) { try? support.append(fault.line(1, "support", "from the supporter")) }
    #expect(throws: StorageError.self) { try lead.append(fault.line(2, "lead", "second")) }
    try lead.append(fault.line(2, "lead", "second"))
    #expect(try fault.notes(path) == ["first", "from the supporter", "second"])
    let read = JournalCodec.decode(try Data(contentsOf: URL(fileURLWithPath: path)))
    // The fragment with the supporter's first copy glued on; its second copy is whole.
    #expect(read.damagedLines == [2])
    #expect(read.tornTail == nil)
  }

  @Test func aWholeLineNotConfirmedOnDiskWithAnotherLineAfterItIsSavedOnce() throws {
    let temp = TemporaryFolder()
    let path = temp.path + "/journal.jsonl"
    let calls = FaultyFileCalls()
    let lead = try JournalFile(path: path, calls: calls)
    let support = try JournalFile(path: path)
    try lead.append(fault.line(1, "lead", "first"))
    calls.fail(.fsync, with: .error(EIO))
    calls.after(.fsync) { try? support.append(fault.line(1, "support", "from the supporter")) }
    #expect(throws: StorageError.self) { try lead.append(fault.line(2, "lead", "second")) }
    try lead.append(fault.line(2, "lead", "second"))
    #expect(try fault.notes(path) == ["first", "second", "from the supporter"])
    #expect(JournalCodec.decode(try Data(contentsOf: URL(fileURLWithPath: path))).isClean)
  }

  @Test func aFragmentLeftWhileTheOtherWriterIsLiveIsEndedAtOnce() throws {
    let temp = TemporaryFolder()
    let path = temp.path + "/journal.jsonl"
    let calls = FaultyFileCalls()
    let lead = try JournalFile(path: path, calls: calls)
    let support = try JournalFile(path: path)
    try lead.append(fault.line(1, "lead", "first"))
    calls.fail(.write, with: .shortWrite(30))
    #expect(throws: StorageError.self) { try lead.append(fault.line(2, "lead", "second")) }
    // Not cut (the supporter holds the journal) but ended: a damaged line, nothing torn.
    let read = JournalCodec.decode(try Data(contentsOf: URL(fileURLWithPath: path)))
    #expect(read.tornTail == nil)
    #expect(read.damagedLines == [2])
    try support.append(fault.line(1, "support", "from the supporter"))
    try lead.append(fault.line(2, "lead", "second"))
    #expect(try fault.notes(path) == ["first", "from the supporter", "second"])
  }

  @Test func aFailedWriteAloneIsCutBackToNothing() throws {
    let temp = TemporaryFolder()
    let path = temp.path + "/journal.jsonl"
    let calls = FaultyFileCalls()
    let lead = try JournalFile(path: path, calls: calls)
    try lead.append(fault.line(1, "lead", "first"))
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    calls.fail(.write, with: .shortWrite(30))
    #expect(throws: StorageError.self) { try lead.append(fault.line(2, "lead", "second")) }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
  }
}

import Foundation
import RapportCore
import RapportTerminal
import RapportTestSupport
import Testing

@Suite("Journal appends on a failing disk")
struct JournalFileFaultTests {
  let line = TwoWriterJournal.line

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
    let journal = try TwoWriterJournal()
    let second = line(2, "lead", "second")
    // All but the newline reaches the disk, and the cut-back fails too.
    journal.calls.fail(.write, with: .shortWrite(second.count - 1))
    journal.calls.fail(.ftruncate, with: .error(EIO))
    #expect(throws: StorageError.self) { try journal.lead.append(second) }
    try journal.support?.append(line(1, "support", "from the supporter"))
    try journal.lead.append(second)
    #expect(try journal.notes() == ["first", "second", "from the supporter"])
    #expect(try journal.read().isClean)
  }

  @Test func aFragmentLeftBehindIsADamagedLineAndTheLineFollowsWhole() throws {
    let journal = try TwoWriterJournal()
    journal.calls.fail(.write, with: .shortWrite(12))
    journal.calls.fail(.ftruncate, with: .error(EIO))
    #expect(throws: StorageError.self) { try journal.lead.append(line(2, "lead", "second")) }
    try journal.support?.append(line(1, "support", "from the supporter"))
    try journal.lead.append(line(2, "lead", "second"))
    #expect(try journal.notes() == ["first", "from the supporter", "second"])
    #expect(try journal.read().damagedLines.count == 1)
  }

  @Test func aCopyNeverHoldsALineLeftBehindTwice() throws {
    let journal = try TwoWriterJournal(supporter: false, folderName: "P001_mini_20260101T000000Z")
    let second = line(2, "lead", "second")
    journal.calls.fail(.fsync, with: .error(EIO))
    journal.calls.fail(.ftruncate, with: .error(EIO))
    #expect(throws: StorageError.self) { try journal.lead.append(second) }
    let copy = try SessionCopier().copy(
      journal.folder, pending: [second, line(3, "lead", "third")],
      into: journal.temp.path + "/elsewhere")
    #expect(try journal.notes(at: copy.journalPath) == ["first", "second", "third"])
  }
}

@Suite("Journal appends: a failed write with another writer's line after it")
struct JournalFileRaceFaultTests {
  let line = TwoWriterJournal.line

  @Test func aFragmentTheOtherWriterAppendedAfterIsNeitherCutNorGluedToItsLine() throws {
    let journal = try TwoWriterJournal()
    // Half the line reaches the disk, and before the lead can react the supporter's line
    // lands right after the fragment.
    journal.calls.fail(.write, with: .shortWrite(30))
    journal.calls.after(.write) {
      try? journal.support?.append(line(1, "support", "from the supporter"))
    }
    #expect(throws: StorageError.self) { try journal.lead.append(line(2, "lead", "second")) }
    try journal.lead.append(line(2, "lead", "second"))
    #expect(try journal.notes() == ["first", "from the supporter", "second"])
    let read = try journal.read()
    // The fragment with the supporter's first copy glued on; its second copy is whole.
    #expect(read.damagedLines == [2])
    #expect(read.tornTail == nil)
  }

  @Test func aWholeLineNotConfirmedOnDiskWithAnotherLineAfterItIsSavedOnce() throws {
    let journal = try TwoWriterJournal()
    journal.calls.fail(.fsync, with: .error(EIO))
    journal.calls.after(.fsync) {
      try? journal.support?.append(line(1, "support", "from the supporter"))
    }
    #expect(throws: StorageError.self) { try journal.lead.append(line(2, "lead", "second")) }
    try journal.lead.append(line(2, "lead", "second"))
    #expect(try journal.notes() == ["first", "second", "from the supporter"])
    #expect(try journal.read().isClean)
  }

  @Test func aFragmentLeftWhileTheOtherWriterIsLiveIsEndedAtOnce() throws {
    let journal = try TwoWriterJournal()
    journal.calls.fail(.write, with: .shortWrite(30))
    #expect(throws: StorageError.self) { try journal.lead.append(line(2, "lead", "second")) }
    // Not cut (the supporter holds the journal) but ended: a damaged line, nothing torn.
    let read = try journal.read()
    #expect(read.tornTail == nil)
    #expect(read.damagedLines == [2])
    try journal.support?.append(line(1, "support", "from the supporter"))
    try journal.lead.append(line(2, "lead", "second"))
    #expect(try journal.notes() == ["first", "from the supporter", "second"])
  }

  @Test func aFailedWriteAloneIsCutBackToNothing() throws {
    let journal = try TwoWriterJournal(supporter: false)
    let before = try journal.data()
    journal.calls.fail(.write, with: .shortWrite(30))
    #expect(throws: StorageError.self) { try journal.lead.append(line(2, "lead", "second")) }
    #expect(try journal.data() == before)
  }
}

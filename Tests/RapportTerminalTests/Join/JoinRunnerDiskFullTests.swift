import Foundation
import RapportCore
import RapportTerminal
import RapportTestSupport
import Testing

@Suite("The supporter's terminal on a full disk")
struct JoinRunnerDiskFullTests {
  let interview = SessionFixtures.miniInterview
  func nothing() {}

  @Test func aNoteNotSavedIsSaidKeptAndWrittenWithTheNextOne() throws {
    let started = try LeadStartedJournal()
    let journal = FailingJournal()
    let support = JournalWriter(file: journal, writer: "support", clock: started.clock)
    let full = StorageError.cannotWrite(path: started.path, reason: "the disk is full")
    var shown: [String] = []
    let view = JoinRunner(
      protocol: interview, state: started.state, recent: [], writer: support,
      follower: try started.follower(),
      reader: InterleavingReader([
        ({ journal.failing = full }, .line("first, while full")),
        (nothing, .line("second, while full")),
        ({ journal.failing = nil }, .line("third")),
      ]),
      terminal: TerminalInfo(
        inputIsTerminal: false, outputIsTerminal: false, width: 200, color: false),
      rescueRoots: [], leadIsDriving: { true }, takeLock: { false },
      output: { shown.append($0) })
    #expect(view.run() == .left)
    #expect(
      shown.contains(
        "not saved: the disk is full; kept in memory (1 unsaved), will retry with the next entry "
          + "— if the disk stays full they are written to a rescue folder when you leave"))
    #expect(shown.contains { $0.contains("UNSAVED 2") })
    #expect(shown.contains("saved now: the 2 entries kept in memory are on disk."))
    let notes = journal.entries.compactMap { entry -> String? in
      if case .noted(_, .support, let text) = entry.event { text } else { nil }
    }
    #expect(notes == ["first, while full", "second, while full", "third"])
    #expect(view.unsaved == 0)
  }

  @Test func linesStillUnsavedWhenTheSupporterLeavesGoToARescueCopy() throws {
    let started = try LeadStartedJournal(folderName: "P001_mini-interview_20221201T120000Z")
    let folder = started.folder
    let journal = FailingJournal()
    journal.failing = .cannotWrite(path: folder.journalPath, reason: "the disk is full")
    var shown: [String] = []
    let view = JoinRunner(
      protocol: interview, state: started.state, recent: [],
      writer: JournalWriter(file: journal, writer: "support", clock: started.clock),
      follower: try started.follower(),
      reader: InterleavingReader([(nothing, .line("kept 1")), (nothing, .line("/f kept 2"))]),
      terminal: TerminalInfo(
        inputIsTerminal: false, outputIsTerminal: false, width: 300, color: false),
      folder: folder, rescueRoots: [started.temp.path + "/rescue"], leadIsDriving: { true },
      takeLock: { false }, output: { shown.append($0) })
    #expect(view.run() == .left)
    let copy = SessionFolder(path: started.temp.path + "/rescue/" + folder.name)
    #expect(shown.last?.contains("a copy of the session with them was written to") == true)
    let entries = JournalCodec.decode(try copy.readJournal()).entries
    #expect(entries.filter { $0.writer == "support" }.count == 2)
    // The lead's lines come along whole: the start and the first step.
    #expect(entries.filter { $0.writer == "lead" }.count == 2)
  }
}

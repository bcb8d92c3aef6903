import Foundation
import RapportTerminal
import RapportTestSupport
import Testing

@Suite("The history file of typed lines")
struct HistoryFileTests {
  @Test func itIsCappedAndKeepsTheNewestLines() throws {
    let temp = TemporaryFolder()
    let history = HistoryFile(path: temp.path + "/history")
    for index in 1...2_500 { history.append("line \(index) " + String(repeating: "x", count: 100)) }
    let text = try String(contentsOfFile: temp.path + "/history", encoding: .utf8)
    let lines = text.split(separator: "\n")
    #expect(lines.count <= HistoryFile.maxLines)
    #expect(text.utf8.count <= HistoryFile.maxBytes)
    #expect(lines.last?.hasPrefix("line 2500 ") == true)
    let loaded = HistoryFile(path: temp.path + "/history").load()
    #expect(loaded.count == HistoryFile.keptLines)
    #expect(loaded.last?.hasPrefix("line 2500 ") == true)
  }

  @Test func aHugePasteIsNotStored() throws {
    let temp = TemporaryFolder()
    let history = HistoryFile(path: temp.path + "/history")
    history.append("short")
    history.append(String(repeating: "p", count: HistoryFile.maxLineBytes))
    #expect(try String(contentsOfFile: temp.path + "/history", encoding: .utf8) == "short\n")
  }

  @Test func aFullDiskLeavesNoEmptyFileAndIsSaidOnce() throws {
    let temp = TemporaryFolder()
    let calls = FaultyFileCalls()
    calls.failAlways(.write, with: .error(ENOSPC))
    let history = HistoryFile(path: temp.path + "/history", calls: calls)
    history.append("a note")
    #expect(history.takeNotice()?.contains("(the disk is full)") == true)
    history.append("another note")
    #expect(history.takeNotice() == nil)
    #expect(!FileManager.default.fileExists(atPath: temp.path + "/history"))
  }

  @Test func aShortWriteLeavesNoPartialLine() throws {
    let temp = TemporaryFolder()
    let calls = FaultyFileCalls()
    let history = HistoryFile(path: temp.path + "/history", calls: calls)
    history.append("first")
    calls.fail(.write, with: .shortWrite(3))
    history.append("second")
    history.append("third")
    #expect(try String(contentsOfFile: temp.path + "/history", encoding: .utf8) == "first\nthird\n")
  }

  @Test func readingNeverCreatesTheFile() {
    let temp = TemporaryFolder()
    #expect(HistoryFile(path: temp.path + "/history").load().isEmpty)
    #expect(!FileManager.default.fileExists(atPath: temp.path + "/history"))
  }
}

import Foundation
import RapportCore
import RapportTestSupport
import Testing

/// The real `rapport run` past its file-size limit (`ulimit -f`, the way a full disk looks
/// to one process): the interview goes on, says what was not saved, and once there is room
/// again every note is in the journal once, in order.
@Suite("rapport run on a full disk")
struct DiskFullTests {
  static let enter = "\r"
  let interview = ShippedProtocols.url("belonging-interview.yaml").path

  /// The journal's size once a session of the shipped interview reaches its first question.
  func journalSizeAtTheFirstQuestion(_ responses: String) throws -> Int {
    let lines = ["2", "1", "3", "1 2", "", "1", "", ""]
    _ = try runProcess(
      RapportBinary.path, ["run", interview, "--participant", "P001", "--responses", responses],
      input: lines.joined(separator: "\n") + "\n")
    let folder = try #require(JournalInspection.sessionFolders(in: responses).first)
    let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/journal.jsonl")
    return try #require(attributes[.size] as? Int)
  }

  @Test func pastTheSizeLimitTheInterviewGoesOnAndEveryNoteLandsOnceWhenThereIsRoom() throws {
    let temp = TemporaryFolder()
    let responses = temp.path + "/Responses"
    // Room for the start and a few notes; /bin/sh counts `ulimit -f` in 512-byte blocks.
    let blocks = (try journalSizeAtTheFirstQuestion(temp.path + "/dry") + 1_500) / 512
    let lead = try PseudoTerminal(
      executable: "/bin/sh",
      arguments: [
        "-c", "ulimit -S -f \(blocks); exec \"$0\" \"$@\"", RapportBinary.path, "run", interview,
        "--participant", "P001", "--responses", responses,
      ], environment: ["NO_COLOR": "1", "HOME": temp.path])
    try lead.walkShippedInterviewToFirstQuestion()

    var typed: [String] = []
    var refused = false
    while !refused, typed.count < 40 {
      typed.append("note \(typed.count + 1) " + String(repeating: "x", count: 120))
      lead.type(typed[typed.count - 1] + Self.enter)
      refused = try lead.waitFor("saved").contains("not saved")
    }
    #expect(refused, "the size limit was never reached")
    // Said again under the screen drawn after it, so the redraw does not wipe the reason.
    let underTheScreen = try lead.waitFor("not saved", timeout: 5)
    #expect(underTheScreen.contains("Enter next"))
    for _ in 1...2 {
      typed.append("note \(typed.count + 1) while full")
      lead.type(typed[typed.count - 1] + Self.enter)
      try lead.waitFor("not saved")
    }
    try lead.waitFor("UNSAVED 3")

    // Room again: the process may now write files of any size.
    let raised = try runProcess("/usr/bin/prlimit", ["--pid", "\(lead.pid)", "--fsize=unlimited"])
    #expect(raised.status == 0, "\(raised.stderr)")
    typed.append("after there is room")
    lead.type(typed[typed.count - 1] + Self.enter)
    try lead.waitFor("saved now: the 3 entries kept in memory are on disk.")
    try lead.endSession()
    #expect(lead.waitForExit() == 0)

    let folder = try #require(JournalInspection.sessionFolders(in: responses).first)
    let read = try JournalInspection.read(folder)
    #expect(read.isClean)
    #expect(JournalInspection.notes(read.entries).map(\.2) == typed)
    let seqs = read.entries.map(\.seq)
    #expect(seqs == Array(1...seqs.count))
  }
}

@Suite("rapport resume on a disk still full")
struct ResumeOnAFullDiskTests {
  @Test func itSaysWhatWasNotSavedAndLeavesNoEmptyFileOrFolder() throws {
    let temp = TemporaryFolder()
    let responses = temp.path + "/Responses"
    let interview = ShippedProtocols.url("belonging-interview.yaml").path
    let first = try runProcess(
      RapportBinary.path, ["run", interview, "--participant", "P001", "--responses", responses],
      input: "2\n")
    #expect(first.status == 0, "\(first.stderr)")
    let folder = try #require(JournalInspection.sessionFolders(in: responses).first)
    let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    let journal = try Data(contentsOf: URL(fileURLWithPath: folder + "/journal.jsonl"))
    // Below the journal's size: nothing more can be written to it, nor a copy of it.
    let result = try runProcess(
      "/bin/sh",
      [
        "-c", "ulimit -S -f 2; exec \"$0\" \"$@\"", RapportBinary.path, "resume", "P001",
        "--responses", responses,
      ], input: "/resume\n1\n/ns lost words\n",
      environment: ["HOME": temp.path, "TMPDIR": temp.path])
    #expect(result.status == 1)
    #expect(result.stdout.contains("not saved: the file has reached its size limit"))
    // The re-attachment, /resume, the answer's three events, the note and the pause.
    #expect(result.stdout.contains("NOT SAVED: 7 entries could not be written anywhere"))
    #expect(result.stdout.components(separatedBy: "not saved: ").count - 1 == 4)
    // The screen shows the note (as on any screen); no message about saving repeats it.
    #expect(!result.stderr.contains("lost words"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == files)
    #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/journal.jsonl")) == journal)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: temp.path).sorted() == ["Responses"])
  }
}

import Foundation
import RapportCore
import RapportTestSupport
import Testing

/// The real `rapport run` under a pseudo-terminal, with real GNU readline: typing, Tab,
/// the up arrow, Ctrl-C, a kill -9 halfway, `rapport resume`, and the end.
@Suite("rapport run, on a terminal")
struct RunTerminalTests {
  static let enter = "\r"
  static let tab = "\t"
  static let up = "\u{1B}[A"
  static let ctrlC = "\u{03}"

  @Test func anInterviewSurvivesAKillAndResumesWhereItStopped() throws {
    let temp = TemporaryFolder()
    let protocolPath = ShippedProtocols.url("belonging-interview.yaml").path
    let lead = try PseudoTerminal(
      executable: RapportBinary.path,
      arguments: ["run", protocolPath, "--participant", "P003", "--responses", temp.path],
      environment: ["NO_COLOR": "1"])
    try lead.waitFor("Gender")
    lead.type("2" + Self.enter)
    try lead.waitFor("Medical school")
    // Tab completes a choice label: "Univ" is ambiguous, "University of D" is not.
    lead.type("University of D" + Self.tab)
    try lead.waitFor("University of Dundee")
    lead.type(Self.enter)
    try lead.waitFor("Year group")
    lead.type("3" + Self.enter)
    try lead.waitFor("Online consent form received")
    lead.type(Self.enter)
    // Required consent blocks moving on, and the runner says why.
    try lead.waitFor("Online consent form received")
    lead.type("1 2" + Self.enter + Self.enter)
    try lead.waitFor("Set-up")
    lead.type("1" + Self.enter + Self.enter)
    try lead.waitFor("Start the recording now.")
    lead.type(Self.enter)
    try lead.waitFor("generally found studying medicine")
    lead.type("first thought on q1" + Self.enter)
    try lead.waitFor("note saved")
    // Up arrow brings the last line back for editing.
    lead.type(Self.up + " (edited)" + Self.enter)
    try lead.waitFor("note saved")
    // Ctrl-C clears a half-typed line; the session goes on.
    lead.type("this must never be saved" + Self.ctrlC)
    lead.type("/p 1" + Self.enter)
    try lead.waitFor("prompt 1 marked as asked")
    lead.type(Self.enter)
    try lead.waitFor("made you feel as though you belonged?")
    lead.type("/f" + Self.enter)
    try lead.waitFor("flagged")
    lead.type("q2 note before the crash" + Self.enter)
    try lead.waitFor("note saved")

    lead.send(signal: SIGKILL)
    #expect(lead.waitForExit() != nil)

    let folder = try #require(JournalInspection.sessionFolders(in: temp.path).first)
    let beforeResume = try JournalInspection.read(folder).entries

    let resumed = try PseudoTerminal(
      executable: RapportBinary.path,
      arguments: ["resume", "P003", "--responses", temp.path], environment: ["NO_COLOR": "1"])
    // The recording was running at the crash: asked first whether it still is.
    try resumed.waitFor("Was the recording still running?")
    resumed.type("y" + Self.enter)
    // The same step, with its notes, and the history of the earlier process; the answer's
    // confirmation stays under the first screen instead of being cleared by it.
    try resumed.waitFor("made you feel as though you belonged?")
    try resumed.waitFor("q2 note before the crash")
    try resumed.waitFor("recording time runs on through the outage")
    resumed.type(Self.up)
    try resumed.waitFor("q2 note before the crash")
    resumed.type(" — again" + Self.enter)
    try resumed.waitFor("note saved")
    // Tab completes commands and step ids.
    resumed.type("/go" + Self.tab)
    try resumed.waitFor("/goto")
    resumed.type("stop" + Self.tab + Self.enter)
    try resumed.waitFor("Stop the recording now.")
    resumed.type(Self.enter)
    try resumed.waitFor("Welfare support sheet")
    resumed.type("1 2" + Self.enter + Self.enter)
    try resumed.waitFor("confirm")
    resumed.type("y" + Self.enter)
    try resumed.waitFor("Session ended.")
    #expect(resumed.waitForExit() == 0)

    let read = try JournalInspection.read(folder)
    #expect(read.isClean)
    let entries = read.entries
    // Nothing from before the kill was lost or changed.
    #expect(Array(entries.prefix(beforeResume.count)) == beforeResume)
    let notes = JournalInspection.notes(entries).map(\.2)
    #expect(
      notes == [
        "first thought on q1", "first thought on q1 (edited)", "q2 note before the crash",
        "q2 note before the crash — again",
      ])
    #expect(!notes.contains { $0.contains("never be saved") })
    #expect(entries.contains { $0.event == .promptUsed(step: "q1", index: 1) })
    #expect(entries.contains { $0.event == .flagged(step: "q2", text: nil) })
    #expect(entries.contains { $0.event == .sessionResumed })
    #expect(
      entries.contains {
        $0.event == .answered(item: "school", value: .text("University of Dundee"))
          || $0.event == .attributeRecorded(item: "school", value: .text("University of Dundee"))
      })
    #expect(zip(entries, entries.dropFirst()).allSatisfy { $0.clock <= $1.clock })
    #expect(
      entries.last?.event == .ended(reason: .endedEarly)
        || entries.last?.event == .ended(reason: .completed))
  }

  @Test func sigtermLeavesTheSessionResumableWithEverythingSaved() throws {
    let temp = TemporaryFolder()
    let protocolPath = ShippedProtocols.url("eligibility-screening.yaml").path
    let terminal = try PseudoTerminal(
      executable: RapportBinary.path,
      arguments: ["run", protocolPath, "--participant", "R003", "--responses", temp.path])
    try terminal.waitFor("team of UK medical students")
    terminal.type(Self.enter)
    try terminal.waitFor("Which medical school")
    terminal.type("2" + Self.enter)
    try terminal.waitFor("impacted by discrimination")
    terminal.send(signal: SIGTERM)
    #expect(terminal.waitForExit() == 128 + SIGTERM)
    let listed = try runProcess(RapportBinary.path, ["sessions", "--responses", temp.path])
    #expect(listed.stdout.contains("interrupted"))
    let folder = try #require(JournalInspection.sessionFolders(in: temp.path).first)
    let entries = try JournalInspection.read(folder).entries
    #expect(entries.contains { $0.event == .answered(item: "school", value: .text("ucl")) })
  }
}

import Foundation
import RapportCore
import RapportTestSupport
import Testing

/// What an interviewer sees with no key pressed: a clock that ticks, a screen that follows
/// the window's size, and keys typed while the runner writes that still mean what they say.
@Suite("The live screen, on a terminal")
struct LiveScreenTerminalTests {
  static let enter = "\r"
  static let ctrlD = "\u{04}"

  /// The times `this step M:SS` shown in `text`, in order.
  static func stepTimes(_ text: String) -> [String] {
    let pattern = /this step (\d+:\d\d)/
    return text.matches(of: pattern).map { String($0.output.1) }
  }

  @Test func theClockTicksWithNoKeyPressedAndTheHalfTypedLineSurvives() throws {
    let temp = TemporaryFolder()
    let lead = try JoinTerminalTests.leadAtFirstQuestion("P041", in: temp)
    lead.type("half a thought")
    // Two looks at the status line at least two seconds apart, with no key pressed between.
    try lead.waitFor("this step 0:01")
    let later = try lead.waitFor("this step 0:03", timeout: 10)
    #expect(Self.stepTimes(later).contains("0:02"))
    // The clock was rewritten in place: the typed line was never redrawn or lost.
    lead.type(" — and the rest" + Self.enter)
    try lead.waitFor("note saved")
    let folder = try #require(JournalInspection.sessionFolders(in: temp.path).first)
    let notes = JournalInspection.notes(try JournalInspection.read(folder).entries)
    #expect(notes.map(\.2) == ["half a thought — and the rest"])
  }

  /// `M:SS` two seconds after `time` (also `M:SS`).
  static func twoSecondsAfter(_ time: String) -> String? {
    let parts = time.split(separator: ":").compactMap { Int($0) }
    guard parts.count == 2 else { return nil }
    return ClockFormat.minutes(Double(parts[0] * 60 + parts[1] + 2))
  }

  @Test func theSupportersClockTicksToo() throws {
    let temp = TemporaryFolder()
    let lead = try JoinTerminalTests.leadAtFirstQuestion("P042", in: temp)
    let support = try JoinTerminalTests.join("P042", in: temp)
    try support.waitFor("SUPPORTING")
    let shown = try #require(Self.stepTimes(support.screen).last)
    let later = try #require(Self.twoSecondsAfter(shown))
    try support.waitFor("this step \(later)", timeout: 8)
    withExtendedLifetime(lead) {}
  }

  @Test func aResizedWindowGetsTheScreenLaidOutAgain() throws {
    let temp = TemporaryFolder()
    let lead = try JoinTerminalTests.leadAtFirstQuestion("P043", in: temp)
    lead.type("typed before the resize")
    lead.resize(columns: 60, rows: 20)
    // The screen is drawn anew for 60 columns: the rule under the status spans 60.
    try lead.waitFor(String(repeating: "─", count: 60) + "\n", timeout: 5)
    lead.type(Self.enter)
    try lead.waitFor("note saved")
    let folder = try #require(JournalInspection.sessionFolders(in: temp.path).first)
    let notes = JournalInspection.notes(try JournalInspection.read(folder).entries)
    #expect(notes.map(\.2) == ["typed before the resize"])
  }

  /// Keys typed before the runner has finished writing: Enter, then at once Ctrl-D and `p`.
  @Test func ctrlDAndItsAnswerTypedAheadPauseTheSessionAndAreNeverANote() throws {
    let temp = TemporaryFolder()
    let lead = try JoinTerminalTests.leadAtFirstQuestion("P044", in: temp)
    lead.type("a quick note" + Self.enter)
    lead.type(Self.ctrlD)
    lead.type("p" + Self.enter)
    try lead.waitFor("Session saved, not ended")
    #expect(lead.waitForExit() == 0)
    let folder = try #require(JournalInspection.sessionFolders(in: temp.path).first)
    let entries = try JournalInspection.read(folder).entries
    #expect(JournalInspection.notes(entries).map(\.2) == ["a quick note"])
    #expect(entries.last?.event == .paused)
  }

  /// On a 60×20 window, messages under the screen would scroll the question away: the
  /// screen is drawn anew before they do, with the latest message under it.
  @Test func theQuestionStaysOnASmallWindowWhateverIsTyped() throws {
    let temp = TemporaryFolder()
    let lead = try PseudoTerminal(
      executable: RapportBinary.path,
      arguments: [
        "run", ShippedProtocols.url("belonging-interview.yaml").path, "--participant", "P045",
        "--responses", temp.path,
      ], environment: ["NO_COLOR": "1"], columns: 60, rows: 20)
    try lead.walkShippedInterviewToFirstQuestion()
    for number in 1...8 {
      lead.type("note \(number)" + Self.enter)
      try lead.waitFor("note saved")
    }
    // Drawn again since the first notes: the words to read aloud are back on screen.
    try lead.waitFor("generally found studying medicine", timeout: 5)
    try lead.waitFor("note saved")
  }
}

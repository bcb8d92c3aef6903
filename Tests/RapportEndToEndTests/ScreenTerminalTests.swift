import Foundation
import RapportTestSupport
import Testing

/// `rapport screen` on a real terminal (readline under a pseudo-terminal): the same runner
/// as `rapport run`, then the decision, and nothing of the session left behind.
@Suite("rapport screen, on a terminal")
struct ScreenTerminalTests {
  static let enter = "\r"

  @Test func aNotEligibleRespondentIsToldPolitelyAndNothingIsKept() throws {
    let temp = TemporaryFolder()
    let screen = try PseudoTerminal(
      executable: RapportBinary.path,
      arguments: [
        "screen", "--study", RapportBinary.shippedProtocol("belonging-study.yaml"),
        "--responses", temp.path,
      ],
      environment: ["NO_COLOR": "1"])
    try screen.waitFor("With so many initiatives")
    screen.type(Self.enter)
    try screen.waitFor("Which medical school")
    screen.type("5" + Self.enter)
    try screen.waitFor("can only include students of the four")
    screen.type(Self.enter)
    try screen.waitFor("Nothing you told us has been kept.")
    #expect(screen.waitForExit() == 0)
    #expect(screen.screen.contains("Not eligible (not-eligible-school); no participant id given."))
    #expect(JournalInspection.sessionFolders(in: temp.path) == [])
    let names = try FileManager.default.contentsOfDirectory(atPath: temp.path).sorted()
    #expect(names == ["belonging-study.study.jsonl", "belonging-study.study.lock"])
  }
}

import Foundation
import RapportCore
import RapportTestSupport
import Testing

/// `rapport sessions` on a terminal fits its width; piped, it keeps every column for tools.
@Suite("rapport sessions, on a terminal")
struct SessionsListingTerminalTests {
  @Test func theTableFitsANarrowTerminalAndKeepsEveryColumnWhenPiped() throws {
    let temp = TemporaryFolder()
    let protocolPath = ShippedProtocols.url("belonging-interview.yaml").path
    let run = try runProcess(
      RapportBinary.path,
      ["run", protocolPath, "--participant", "P005", "--responses", temp.path],
      input: "2\n1\n3\n1 2\n\n")
    #expect(run.status == 0)

    let narrow = try PseudoTerminal(
      executable: RapportBinary.path, arguments: ["sessions", "--responses", temp.path],
      environment: ["NO_COLOR": "1"], columns: 60, rows: 20)
    let shown = try narrow.waitFor("paused")
    #expect(narrow.waitForExit() == 0)
    let lines = shown.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    #expect(lines.allSatisfy { $0.count <= 60 })
    #expect(lines.contains { $0.hasPrefix("SESSION") && $0.hasSuffix("STATUS") })

    let piped = try runProcess(RapportBinary.path, ["sessions", "--responses", temp.path])
    #expect(piped.stdout.contains("PARTICIPANT  PROTOCOL"))
    #expect(piped.stdout.contains("FLAGS"))
  }
}

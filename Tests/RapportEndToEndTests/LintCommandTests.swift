import Foundation
import RapportTestSupport
import Testing

/// `rapport lint` as a user and CI run it: the real binary, its output and exit codes.
@Suite struct LintCommandTests {
  let folder = TemporaryFolder()

  private func write(_ name: String, _ text: String) throws -> String {
    let path = folder.path + "/" + name
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  private func lint(_ arguments: [String]) throws -> ProcessResult {
    try runProcess(RapportBinary.path, ["lint"] + arguments, environment: ["NO_COLOR": "1"])
  }

  static let broken = """
    rapport: 1
    id: broken
    title: Broken
    duration: 5m
    steps:
      - id: q1
        ask: How are you?
        promts: [And today?]
        budget: 6m
      - id: q1
        when: yr > 2
        ask: Again?
        prompts: []
        budget: 1m

    """

  @Test func shippedProtocolsAreCleanAndExitZero() throws {
    let result = try lint(ShippedProtocols.names.map { ShippedProtocols.url($0).path })
    #expect(result.status == 0)
    #expect(result.stdout == "")
    #expect(result.stderr == "0 errors, 0 warnings in 2 files\n")
  }

  @Test func errorsArePrintedInCompilerFormSortedAndExitOne() throws {
    let path = try write("broken.yaml", Self.broken)
    let result = try lint([path])
    #expect(result.status == 1)
    #expect(
      result.stdout == """
        \(path):8:5: error: unknown key 'promts' (did you mean 'prompts'?) [unknown-key]
        \(path):9:13: warning: time budgets add up to 7m, 2m more than the planned duration of 5m [over-budget]
        \(path):4:11: note: the planned duration is set here
        \(path):10:9: error: duplicate id 'q1' [duplicate-id]
        \(path):6:9: note: 'q1' is first used here
        \(path):11:11: error: unknown item 'yr' in 'when:' [unknown-reference]

        """)
    #expect(result.stderr == "3 errors, 1 warning in 1 file\n")
  }

  @Test func warningsAloneExitZero() throws {
    let path = try write(
      "warn.yaml", "rapport: 1\nid: warn\ntitle: Warn\nsteps:\n  - id: q1\n    ask: Hi?\n")
    let result = try lint([path])
    #expect(result.status == 0)
    #expect(
      result.stdout
        == "\(path):5:5: warning: question 'q1' has no 'prompts' (write 'prompts: []' if that is on purpose) [no-prompts]\n"
    )
    #expect(result.stderr == "0 errors, 1 warning in 1 file\n")
  }

  @Test func missingFilesAndDirectoriesAreDiagnosticsNotCrashes() throws {
    let missing = folder.path + "/nope.yaml"
    let result = try lint([missing, folder.path])
    #expect(result.status == 1)
    let lines = result.stdout.split(separator: "\n").map(String.init).sorted()
    #expect(
      lines
        == [
          "\(folder.path):1:1: error: cannot read '\(folder.path)': it is a directory [cannot-read]",
          "\(missing):1:1: error: cannot read '\(missing)': no such file [cannot-read]",
        ].sorted())
    #expect(result.stderr == "2 errors, 0 warnings in 2 files\n")
  }

  @Test func usageErrorsExitTwo() throws {
    let none = try lint([])
    #expect(none.status == 2)
    #expect(none.stderr.contains("Missing expected argument '<files> ...'"))
    #expect(none.stdout == "")
    let badFormat = try lint([
      "--format", "xml", ShippedProtocols.url("belonging-interview.yaml").path,
    ])
    #expect(badFormat.status == 2)
    #expect(badFormat.stderr.contains("xml"))
  }

  @Test func jsonIsAStableArrayOfDiagnostics() throws {
    let path = try write("broken.yaml", Self.broken)
    let result = try lint(["--format", "json", path])
    #expect(result.status == 1)
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first == "[")
    #expect(
      lines[1]
        == "  {\"file\":\"\(path)\",\"line\":8,\"column\":5,\"severity\":\"error\",\"rule\":\"unknown-key\",\"message\":\"unknown key 'promts' (did you mean 'prompts'?)\",\"notes\":[]},"
    )
    let parsed = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    #expect(parsed.count == 4)
    #expect(
      parsed.map { $0["rule"] as? String } == [
        "unknown-key", "over-budget", "duplicate-id", "unknown-reference",
      ])
    let notes = try #require(parsed[2]["notes"] as? [[String: Any]])
    #expect(notes.first?["line"] as? Int == 6)
    #expect(notes.first?["message"] as? String == "'q1' is first used here")
    #expect(
      Set(parsed[0].keys) == ["file", "line", "column", "severity", "rule", "message", "notes"])
  }

  @Test func emptyJSONArrayWhenClean() throws {
    let result = try lint([
      "--format", "json", ShippedProtocols.url("belonging-interview.yaml").path,
    ])
    #expect(result.status == 0)
    #expect(result.stdout == "[]\n")
  }

  @Test func noColourWhenOutputIsNotATerminal() throws {
    let path = try write("broken.yaml", Self.broken)
    let result = try runProcess(RapportBinary.path, ["lint", path])
    #expect(!result.stdout.contains("\u{1B}["))
  }

  @Test func hostileInputGivesOneDiagnosticQuickly() throws {
    let deep = try write("deep.yaml", String(repeating: "[", count: 100_000))
    let start = ContinuousClock.now
    let result = try lint([deep])
    #expect(ContinuousClock.now - start < .seconds(5))
    #expect(result.status == 1)
    #expect(
      result.stdout
        == "\(deep):1:100: error: nesting is deeper than 100 levels; a protocol needs far fewer [too-deep]\n"
    )
  }
}

import Foundation
import RapportTestSupport
import Testing

/// docs/study.md's "A day of the study, step by step" is true: its commands, taken from
/// the page as written, are run with the real binary in a scratch folder (answers piped),
/// and every output block the page shows is in what they print.
@Suite("the study day in docs/study.md, run")
struct StudyDayDocTests {
  /// The section's `sh` command lines and `text` blocks, in page order.
  static func section() throws -> (commands: [String], outputs: [String]) {
    let page = try String(
      contentsOf: RapportBinary.packageRoot.appendingPathComponent("docs/study.md"),
      encoding: .utf8)
    let start = try #require(page.range(of: "## A day of the study, step by step\n"))
    let end = try #require(page.range(of: "\n## ", range: start.upperBound..<page.endIndex))
    var commands: [String] = []
    var outputs: [String] = []
    var block: (kind: String, lines: [String])?
    for raw in page[start.upperBound..<end.lowerBound].split(
      separator: "\n", omittingEmptySubsequences: false)
    {
      let line = raw.drop { $0 == " " }
      if line.hasPrefix("```") {
        if let open = block {
          if open.kind == "sh" { commands += open.lines.filter { !$0.isEmpty } }
          if open.kind == "text" { outputs.append(open.lines.joined(separator: "\n")) }
          block = nil
        } else {
          block = (String(line.dropFirst(3)), [])
        }
      } else if block != nil {
        block?.lines.append(String(raw.dropFirst(min(3, raw.prefix { $0 == " " }.count))))
      }
    }
    return (commands, outputs)
  }

  /// The answers typed at each command, by its subcommand, in turn.
  static let answers: [String: [String]] = [
    "screen": [
      StudyWorkflowTests.screening(school: 1, year: 1), StudyWorkflowTests.screening(school: 5),
      StudyWorkflowTests.screening(school: 3, year: 2),
    ],
    "run": [
      StudyWorkflowTests.interviewLines(gender: 2, school: 1, year: 1),
      StudyWorkflowTests.interviewLines(gender: 1, school: 4, year: 2),
    ],
  ]

  @Test func theCommandsOfThePagePrintWhatThePageShows() throws {
    let (commands, outputs) = try Self.section()
    #expect(commands.count == 10 && outputs.count == 6, "\(commands) \(outputs)")
    let temp = TemporaryFolder()
    try FileManager.default.copyItem(
      atPath: RapportBinary.packageRoot.appendingPathComponent("Protocols").path,
      toPath: temp.path + "/Protocols")
    var printed = ""
    var queued = Self.answers
    for command in commands {
      let words = command.split(separator: " ").map(String.init)
      try #require(words.first == "rapport", "\(command)")
      let arguments = Array(words.dropFirst())
      let runs = arguments[0] == "screen" ? 3 : 1
      for _ in 0..<runs {
        var typed = queued[arguments[0]] ?? []
        let input = typed.isEmpty ? "" : typed.removeFirst()
        queued[arguments[0]] = typed
        let result = try runProcess(
          "/bin/sh",
          ["-c", "cd \"$0\" && exec \"$@\"", temp.path, RapportBinary.path] + arguments,
          input: input, environment: ["NO_COLOR": "1", "COLUMNS": "80"])
        printed += result.stdout + result.stderr
      }
    }
    #expect(queued.values.allSatisfy { $0.isEmpty }, "every answer was used")
    for output in outputs {
      #expect(printed.contains(output), "not printed:\n\(output)")
    }
    #expect(printed.contains("0 errors, 0 warnings in 1 file"))
    #expect(FileManager.default.fileExists(atPath: temp.path + "/Table1.docx"))
  }
}

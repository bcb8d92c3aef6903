import Foundation
import RapportTestSupport
import Testing

/// `rapport render`, `schema` and `new` as a user runs them: the real binary, real files.
@Suite struct RenderCommandTests {
  static let rapport = RapportBinary.path
  static let belonging = ShippedProtocols.url("belonging-interview.yaml").path

  @Test(arguments: ["markdown", "text", "html"])
  func rendersTheShippedInterviewInEveryFormat(format: String) throws {
    let result = try runProcess(Self.rapport, ["render", Self.belonging, "--format", format])
    #expect(result.status == 0)
    #expect(result.stderr == "")
    #expect(result.stdout.contains("Do you feel like you belong in the clinical environment?"))
  }

  @Test func refusesAProtocolWithLintErrorsAndPrintsThem() throws {
    let folder = TemporaryFolder()
    let path = folder.path + "/broken.yaml"
    try Data("rapport: 1\nid: x\ntitle: T\nsteps:\n  - id: a\n    ask: Q\n    promts: []\n".utf8)
      .write(to: URL(fileURLWithPath: path))
    let result = try runProcess(Self.rapport, ["render", path])
    #expect(result.status == 1)
    #expect(result.stdout == "")
    #expect(
      result.stderr.contains(
        "\(path):7:5: error: unknown key 'promts' (did you mean 'prompts'?) [unknown-key]"))
    #expect(result.stderr.contains("error: not rendering '\(path)'"))
  }

  @Test func writesTheOutputFileButNeverOverwritesWithoutForce() throws {
    let folder = TemporaryFolder()
    let output = folder.path + "/guide.html"
    let first = try runProcess(
      Self.rapport, ["render", Self.belonging, "--format", "html", "--output", output])
    #expect(first.status == 0)
    let written = try String(contentsOfFile: output, encoding: .utf8)
    #expect(written.hasPrefix("<!DOCTYPE html>"))

    try Data("keep me".utf8).write(to: URL(fileURLWithPath: output))
    let second = try runProcess(Self.rapport, ["render", Self.belonging, "-o", output])
    #expect(second.status == 1)
    #expect(
      second.stderr == "error: '\(output)' already exists (use --force to replace it)\n")
    #expect(try String(contentsOfFile: output, encoding: .utf8) == "keep me")

    let forced = try runProcess(Self.rapport, ["render", Self.belonging, "-o", output, "--force"])
    #expect(forced.status == 0)
    #expect(try String(contentsOfFile: output, encoding: .utf8).hasPrefix("# Belonging"))
  }

  @Test func aMissingFileIsOneClearMessage() throws {
    let result = try runProcess(Self.rapport, ["render", "/nonexistent/protocol.yaml"])
    #expect(result.status == 1)
    #expect(
      result.stderr
        == "/nonexistent/protocol.yaml:1:1: error: cannot read '/nonexistent/protocol.yaml': "
        + "no such file [cannot-read]\n")
  }

  @Test func anUnknownFormatIsAUsageError() throws {
    let result = try runProcess(Self.rapport, ["render", Self.belonging, "--format", "pdf"])
    #expect(result.status == 2)
    #expect(result.stdout == "")
  }

  @Test func schemaPrintsTheCommittedSchema() throws {
    let result = try runProcess(Self.rapport, ["schema"])
    #expect(result.status == 0)
    let committed = try String(
      contentsOf: ShippedProtocols.packageRoot.appendingPathComponent(
        "docs/rapport-protocol.schema.json"), encoding: .utf8)
    #expect(result.stdout == committed)
  }

  @Test func newScaffoldsAProtocolThatLintsCleanAndRefusesToOverwrite() throws {
    let folder = TemporaryFolder()
    let path = folder.path + "/pilot-study.yaml"
    let created = try runProcess(Self.rapport, ["new", path])
    #expect(created.status == 0)
    #expect(try String(contentsOfFile: path, encoding: .utf8).contains("id: pilot-study\n"))

    let lint = try runProcess(Self.rapport, ["lint", path])
    #expect(lint.status == 0)
    #expect(lint.stdout == "")

    let again = try runProcess(Self.rapport, ["new", path])
    #expect(again.status == 1)
    #expect(again.stderr.contains("already exists"))
  }
}

import ArgumentParser
import Foundation
import RapportCore

extension Rapport {
  struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "render",
      abstract: "Print a protocol as an interview guide to keep beside the screen.",
      discussion: """
        The guide numbers the steps, sets apart what to read aloud, lists prompts and \
        checklists with tick boxes and adds a time plan. A protocol with lint errors is not \
        rendered: the errors are printed instead and the exit status is 1.
        """)

    @Argument(help: "The protocol file.")
    var file: String

    @Option(help: "markdown, text or html (one self-contained page, ready to print).")
    var format: GuideFormat = .markdown

    @Option(name: .shortAndLong, help: "Write the guide to this file instead of printing it.")
    var output: String?

    @Flag(help: "Replace the --output file if it exists.")
    var force = false

    func run() throws {
      let model = try loadCleanProtocol()
      // The text guide is read on a terminal (or with `cat`): the protocol's words show
      // their control characters visibly, as the runner's screen does.
      let rendered = format.render(model)
      let guide = format == .text ? TerminalText.block(rendered) : rendered
      guard let output else {
        FileHandle.standardOutput.write(Data(guide.utf8))
        return
      }
      if URL(fileURLWithPath: output).standardizedFileURL
        == URL(fileURLWithPath: file).standardizedFileURL
      {
        try StandardError.fail("'\(output)' is the protocol itself; choose another --output")
      }
      try FileOutput.create(output, contents: guide, overwrite: force)
    }

    /// The protocol, or exit 1 after printing every diagnostic when it has lint errors.
    private func loadCleanProtocol() throws -> InterviewProtocol {
      let loaded = Linter.check(data: try ProtocolInput.bytes(of: file), path: file)
      let diagnostics = loaded.diagnostics
      let errors = diagnostics.filter { $0.severity == .error }
      if let model = loaded.protocol, errors.isEmpty { return model }
      let report = DiagnosticReport.text(diagnostics, colour: false)
      StandardError.write(report, terminator: "")
      try StandardError.fail(
        "not rendering '\(file)': \(DiagnosticReport.summary(diagnostics, fileCount: 1)); "
          + "fix them first (rapport lint \(file))")
    }
  }
}

extension GuideFormat: ExpressibleByArgument {}

import ArgumentParser

/// The `rapport` command: runs survey and interview protocols in the terminal.
@main
struct Rapport: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rapport",
    abstract: "Run survey and interview protocols in the terminal.",
    version: "0.1.0",
    subcommands: [
      Lint.self, Render.self, Schema.self, New.self, Run.self, Resume.self, Sessions.self,
      Export.self, Join.self, Delete.self, Screen.self, Assign.self, Study.self,
      AppendStress.self,
    ]
  )
}

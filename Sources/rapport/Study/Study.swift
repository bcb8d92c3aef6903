import ArgumentParser

extension Rapport {
  /// `rapport study`: the whole study at a glance (`status`) and its participant table.
  struct Study: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "study",
      abstract: "Report on a whole study: its status and its participant table.",
      subcommands: [StudyStatusCommand.self, StudyTable.self])
  }
}

import Foundation
import RapportCore
import RapportTestSupport
import Testing

/// Every command of `Command` is parsed, listed by `/h`, completed by Tab and in the manual:
/// the manual's two tables are exactly what the table says.
@Suite("Commands as data")
struct CommandDocTests {
  let interview = SessionFixtures.miniInterview

  /// The rows of the manual's table for `role`, from the one table of commands.
  static func table(for role: Role) -> String {
    let header =
      role == .lead
      ? "| You type | What happens |\n| --- | --- |\n"
        + "| any text, then Enter | saved as your note on this step, with the time |\n"
      : "| The supporter types | What happens |\n| --- | --- |\n"
        + "| any text, then Enter | saved as a note by the supporting interviewer, on the "
        + "lead's step |\n"
    return header
      + Command.commands(for: role).map { command in
        let help = command.detail.map { command.help + "; " + $0 } ?? command.help
        return "| `\(command.usage)` | \(help) |\n"
      }.joined()
  }

  static var manual: String {
    get throws {
      try String(
        contentsOf: ShippedProtocols.packageRoot.appendingPathComponent(
          "docs/running-a-session.md"),
        encoding: .utf8)
    }
  }

  @Test("the manual's tables are the commands' table, exactly", arguments: Role.allCases)
  func theManualListsEveryCommand(role: Role) throws {
    let table = Self.table(for: role)
    #expect(try Self.manual.contains(table), "docs/running-a-session.md should hold:\n\(table)")
  }

  @Test("every command of the lead is in /h and completes, and parses as itself")
  func everyLeadCommandIsListedAndCompleted() {
    let help = ScreenRenderer.helpLines()
    let state = SessionScript(interview).state
    for command in Command.commands(for: .lead) {
      #expect(help.contains { $0.hasPrefix(command.usage + " ") }, "\(command) not in /h")
      let long = "/" + command.names[0]
      #expect(
        CommandParser.completions(for: long, state: state, protocol: interview).contains(long),
        "\(command) does not complete")
    }
  }

  @Test("every command of the supporter is in their /h and completes")
  func everySupporterCommandIsListedAndCompleted() {
    let help = SupportDecider.helpLines
    for command in Command.commands(for: .support) {
      #expect(help.contains { $0.hasPrefix(command.usage + " ") }, "\(command) not in /h")
      let long = "/" + command.names[0]
      #expect(SupportCommandParser.completions(for: long).contains(long))
    }
  }

  @Test("no name stands for two commands, and every name parses to its command")
  func namesAreUnique() {
    let names = Command.allCases.flatMap(\.names)
    #expect(Set(names).count == names.count)
    for command in Command.allCases {
      for name in command.names { #expect(Command.named(name) == command) }
    }
  }

  @Test("a lead's command typed in rapport join is the lead's, never a note")
  func theLeadsCommandsAreRefusedToTheSupporter() {
    for command in Command.allCases where !command.roles.contains(.support) {
      #expect(
        SupportCommandParser.parse("/" + command.names[0] + " x")
          == .driving(SupportCommandParser.leadIsDriving)
          || SupportCommandParser.parse("/" + command.names[0])
            == .driving(SupportCommandParser.leadIsDriving)
      )
    }
  }

  @Test("the README names every command of the lead")
  func theReadmeNamesEveryCommand() throws {
    let readme = try String(
      contentsOf: ShippedProtocols.packageRoot.appendingPathComponent("README.md"),
      encoding: .utf8)
    for command in Command.commands(for: .lead) {
      #expect(readme.contains("`/\(command.listedNames[0])"), "README lacks /\(command.names[0])")
    }
  }
}

import ArgumentParser
import RapportCore

extension Rapport {
  struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "schema",
      abstract: "Print the JSON Schema of the protocol format, for editor completion.",
      discussion: """
        Save it next to your protocols and point the YAML language server at it with a
        first line such as:  # yaml-language-server: $schema=rapport-protocol.schema.json
        """)

    func run() throws {
      print(ProtocolSchema.json, terminator: "")
    }
  }
}

import ArgumentParser
import RapportCore

extension Rapport {
  struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "schema",
      abstract: "Print the JSON Schema of the protocol (or study) format, for editor completion.",
      discussion: """
        Save it next to your protocols and point the YAML language server at it with a
        first line such as:  # yaml-language-server: $schema=rapport-protocol.schema.json
        """)

    @Flag(help: "The schema of study files instead (docs/rapport-study.schema.json).")
    var study = false

    func run() throws {
      print(study ? StudySchema.json : ProtocolSchema.json, terminator: "")
    }
  }
}

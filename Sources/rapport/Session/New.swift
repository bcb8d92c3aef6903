import ArgumentParser
import RapportCore

extension Rapport {
  struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "new",
      abstract: "Start a new protocol file with an example of every kind of step.",
      discussion: "Without FILE the template is printed. An existing file is never overwritten."
    )

    @Argument(help: "The protocol file to create, e.g. Protocols/my-study.yaml.")
    var file: String?

    func run() throws {
      let text = ProtocolTemplate.text(forFileName: file)
      guard let file else {
        print(text, terminator: "")
        return
      }
      try FileOutput.create(
        file, contents: text, overwrite: false, refusal: "choose another name, or delete it first")
      StandardError.write("created \(file); check it with: rapport lint \(file)")
    }
  }
}

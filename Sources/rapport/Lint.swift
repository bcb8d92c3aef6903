import ArgumentParser

extension Rapport {
  struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check protocol files.")

    @Argument(help: "Protocol files to check.")
    var files: [String]

    func run() throws {
      throw ExitCode(2)
    }
  }
}

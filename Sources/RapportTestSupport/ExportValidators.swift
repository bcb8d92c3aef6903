import Foundation

/// Runs the independent readers in `Tests/Validators/` (Python, from the package's
/// `.venv`) on export files. A missing reader is an error, never a skip: CI must not pass
/// because a validator was not installed.
public enum ExportValidators {
  public struct Failure: Error, CustomStringConvertible {
    public var description: String
  }

  static let root = RapportBinary.packageRoot

  /// A program installed in the package's virtual environment, e.g. `frictionless`.
  public static func tool(_ name: String) throws -> String {
    let path = root.appendingPathComponent(".venv/bin/\(name)").path
    guard FileManager.default.isExecutableFile(atPath: path) else {
      throw Failure(
        description: "'\(path)' is missing: run 'RAPPORT_WITH_TEST_TOOLS=1 scripts/bootstrap'")
    }
    return path
  }

  /// Runs `Tests/Validators/<script>` and returns its standard output; fails on a non-zero exit.
  public static func run(_ script: String, _ arguments: [String]) throws -> String {
    let python = try tool("python")
    let path = root.appendingPathComponent("Tests/Validators/\(script)").path
    let result = try runProcess(python, [path] + arguments)
    guard result.status == 0 else {
      throw Failure(description: "\(script) rejected \(arguments): \(result.stderr)")
    }
    return result.stdout
  }

  /// Runs a validator and decodes its JSON summary.
  public static func read<T: Decodable>(_ type: T.Type, _ script: String, _ arguments: [String])
    throws -> T
  {
    try JSONDecoder().decode(T.self, from: Data(run(script, arguments).utf8))
  }

  /// Runs a tool from the virtual environment; fails on a non-zero exit.
  public static func check(_ tool: String, _ arguments: [String]) throws {
    let result = try runProcess(try Self.tool(tool), arguments)
    guard result.status == 0 else {
      throw Failure(description: "\(tool) \(arguments) failed: \(result.stdout) \(result.stderr)")
    }
  }

  /// The REFI-QDA project schema in `shared/` beside the repository (CI lays it at
  /// `../shared`; a git worktree may sit deeper), searched upwards from the package root.
  public static func refiSchema() throws -> String { try refiFile("Project-mrt2019.xsd") }

  /// The REFI-QDA codebook schema (`.qdc`), found as `refiSchema()` is.
  public static func codebookSchema() throws -> String { try refiFile("Codebook-v1.0.xsd") }

  private static func refiFile(_ name: String) throws -> String {
    var folder = root
    for _ in 0..<4 {
      folder = folder.deletingLastPathComponent()
      let candidate = folder.appendingPathComponent("shared/schemas/refi-qda/" + name)
      if FileManager.default.fileExists(atPath: candidate.path) { return candidate.path }
    }
    throw Failure(
      description: "the REFI-QDA schema '\(name)' is not in '../shared/schemas/refi-qda/'")
  }

  /// A JSON value of unknown shape, for reading validator summaries.
  public static func json(_ script: String, _ arguments: [String]) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(run(script, arguments).utf8))
  }
}

import Foundation
import RapportTestSupport
import Testing

/// `docs/architecture.md` is the developers' map: it must stay true as files move.
@Suite("The architecture page")
struct ArchitectureDocTests {
  /// Every `path` in backquotes on the page that looks like a file or folder of the repository.
  static func namedPaths(in text: String) -> [String] {
    text.matches(of: /`((?:Sources|Tests|docs|scripts)\/[^`\s]*)`/).map { String($0.output.1) }
  }

  @Test func everyFileItNamesExists() throws {
    let root = ShippedProtocols.packageRoot
    let page = try String(
      contentsOf: root.appendingPathComponent("docs/architecture.md"), encoding: .utf8)
    let paths = Self.namedPaths(in: page)
    #expect(paths.count > 20)
    let missing = paths.filter {
      !FileManager.default.fileExists(atPath: root.appendingPathComponent($0).path)
    }
    #expect(missing.isEmpty, "named in docs/architecture.md but not in the repository: \(missing)")
  }

  @Test func thePathsAreFoundInBackquotes() {
    #expect(
      Self.namedPaths(in: "see `Sources/RapportCore/Lint/Linter.swift` and `docs/x.md`, not `y`")
        == ["Sources/RapportCore/Lint/Linter.swift", "docs/x.md"])
  }
}

import Foundation
import RapportTestSupport
import Testing

@testable import RapportCore

/// Every broken protocol in `Corpus/` must give exactly the diagnostics in its `.expected`
/// file, in the compiler form `rapport lint` prints.
@Suite struct CorpusTests {
  static let corpus: URL? = Bundle.module.url(forResource: "Corpus", withExtension: nil)

  static let names: [String] = {
    guard let corpus,
      let files = try? FileManager.default.contentsOfDirectory(atPath: corpus.path)
    else { return [] }
    return files.filter { $0.hasSuffix(".yaml") }.sorted()
  }()

  @Test func corpusHoldsAtLeastTwentyFiveBrokenProtocols() {
    #expect(Self.names.count >= 25)
  }

  @Test(arguments: names)
  func givesExactlyTheExpectedDiagnostics(name: String) throws {
    let corpus = try #require(Self.corpus)
    let data = try Data(contentsOf: corpus.appendingPathComponent(name))
    let expectedURL = corpus.appendingPathComponent(
      String(name.dropLast(".yaml".count)) + ".expected")
    let expected = try String(contentsOf: expectedURL, encoding: .utf8)
    let diagnostics = Linter.lint(data: data, path: name)
    #expect(DiagnosticReport.text(diagnostics, colour: false) == expected)
    #expect(!diagnostics.isEmpty, "a corpus file must show a mistake")
  }

  @Test func everyRuleTheCorpusShowsIsDocumented() throws {
    let corpus = try #require(Self.corpus)
    let docs = try String(
      contentsOf: ShippedProtocols.packageRoot.appendingPathComponent("docs/lint-rules.md"),
      encoding: .utf8)
    var rules: Set<String> = []
    for name in Self.names {
      let data = try Data(contentsOf: corpus.appendingPathComponent(name))
      rules.formUnion(Linter.lint(data: data, path: name).map(\.rule))
    }
    #expect(rules.count >= 25)
    for rule in rules.sorted() {
      #expect(docs.contains("| `\(rule)` |"), "rule '\(rule)' is not in docs/lint-rules.md")
    }
  }
}

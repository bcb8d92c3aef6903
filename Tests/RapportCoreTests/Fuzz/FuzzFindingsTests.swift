import Foundation
import Testing

@testable import RapportCore

/// Inputs the coverage-guided fuzzers found (`scripts/fuzz`), minimised, each pinned here so
/// it stays fixed. The same files are in `Tests/Fuzz/corpus/`, so every fuzz run starts
/// from them too.
@Suite("fuzz findings")
struct FuzzFindingsTests {
  /// Found by `scripts/fuzz expression`: `x < 666666666666666666666` was spelled back (in lint
  /// messages and the paper guide) as `x < 6.666666666666666e+20`, which does not parse, so a
  /// designer copying the guide's condition into the protocol got an error.
  @Test(arguments: [
    ("x < 666666666666666666666", "x < 666666666666666600000"),
    ("x == 0.0000001", "x == 0.0000001"),
    ("x == -0.000000000012", "x == -0.000000000012"),
    ("x >= 1234567890123456789.5", "x >= 1234567890123456800"),
    ("x == 2.5", "x == 2.5"),
    ("x == -3", "x == -3"),
  ])
  func aNumberIsSpelledSoThatItParsesBackToTheSameValue(source: String, spelled: String) throws {
    let tree = try ExpressionParser.parse(source).get()
    #expect(tree.text == spelled)
    let again = try ExpressionParser.parse(tree.text).get()
    #expect(again.text == tree.text)
    guard case .binary(_, _, .number(let first, _), _) = tree,
      case .binary(_, _, .number(let second, _), _) = again
    else {
      Issue.record("not a comparison with a number: \(tree)")
      return
    }
    #expect(first == second)
  }
}

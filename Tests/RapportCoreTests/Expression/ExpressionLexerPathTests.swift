import RapportTestSupport
import Testing

@testable import RapportCore

/// The lexer reads ASCII conditions from their bytes and others as `Character`s; both paths
/// must give the same tree or the same error. A leading no-break space (whitespace, not
/// ASCII) sends an expression down the `Character` path, moving every position by one.
@Suite struct ExpressionLexerPathTests {
  static let sources = [
    #"year >= 3 and school != "dd""#, #""a" in c1"#, "n3 >= 0 and n3 <= 100", "not (a or b)",
    #"x in ["a", "b", "c"]"#, "x == -2.5", "2nd-year == true", "a_b < 4 or a-b > 5",
    "x = 1", "x => 1", "x =< 1", "x <> 1", "a && b", "a || b", "a & b", "a | b", "!a",
    "'text'", "`x`", "a - b", "-x", "a.b", "1.2.3", "x == 1.", "x == .5", "#", "x ==", "(a",
    "a)", "[a, b", #""unterminated"#, #""bad \n escape""#, #""ok \" quote""#, "a,b", "",
    "   ", "x != 3 and", "true and false", "x >= -", "-1 < x", "a_ == b__c",
  ]

  @Test(arguments: sources)
  func bytesAndCharactersAgree(source: String) {
    let viaBytes = ExpressionParser.parse(source)
    let viaCharacters = ExpressionParser.parse("\u{00A0}" + source)
    switch (viaBytes, viaCharacters) {
    case (.success(let a), .success(let b)):
      #expect(sexpr(a) == sexpr(b))
      #expect(a.names.map { $0.range.start + 1 } == b.names.map(\.range.start))
    case (.failure(let a), .failure(let b)):
      #expect(a.message == b.message)
      #expect(a.range.start + 1 == b.range.start)
    default:
      Issue.record("\(source): \(viaBytes) but \(viaCharacters) after a no-break space")
    }
  }

  @Test func wordsThatAreNotNumbersOrIDsAreNamedExactly() {
    #expect(parseTree("a.b == 1") == "error: 'a.b' is not a number or an item id")
    #expect(parseTree("x == 1.2.3") == "error: '1.2.3' is not a number or an item id")
    #expect(parseTree("x == -y") == "error: '-' is not an operator (there is no arithmetic)")
    #expect(parseTree("x == -2") == "(== x -2)")
  }

  /// Whole numbers are read from their bytes; they must be the numbers `Double` reads,
  /// up to the length past which the shortcut hands over (and leading zeros, signs).
  @Test func wholeNumbersReadFromBytesAreTheNumbersDoubleReads() {
    var generator = SeededGenerator(seed: 10)
    for _ in 0..<2_000 {
      let length = Int.random(in: 1...20, using: &generator)
      let digits = String((0..<length).map { _ in "0123456789".randomElement(using: &generator)! })
      let text = Bool.random(using: &generator) ? "-" + digits : digits
      guard let expected = Double(text) else { continue }
      guard
        case .success(.binary(_, _, .number(let value, _), _)) = ExpressionParser.parse(
          "x == \(text)")
      else {
        Issue.record("\(text) is not read as a number")
        continue
      }
      #expect(value == expected, "\(text)")
    }
  }
}

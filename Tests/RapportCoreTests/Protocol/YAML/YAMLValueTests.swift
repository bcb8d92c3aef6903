import Testing

@testable import RapportCore

/// Plain scalars are classified by YAML 1.2's core schema; text is recognised from its first
/// byte, so every first byte is checked here against what the full rules say.
@Suite struct YAMLValueTests {
  @Test(arguments: [
    ("", YAMLValue.null), ("~", .null), ("null", .null), ("Null", .null), ("NULL", .null),
    ("true", .boolean(true)), ("True", .boolean(true)), ("FALSE", .boolean(false)),
    ("3", .integer(3)), ("+3", .integer(3)), ("-3", .integer(-3)), ("007", .integer(7)),
    ("1.5", .number(1.5)), (".5", .number(0.5)), ("-2.5e2", .number(-250)),
    ("3e2", .number(300)), ("yes", .text("yes")), ("no", .text("no")), ("nil", .text("nil")),
    ("tru", .text("tru")), ("falsehood", .text("falsehood")), ("NaN", .text("NaN")),
    (".inf", .text(".inf")), ("0x1F", .text("0x1F")), ("1e", .text("1e")), ("-", .text("-")),
    ("+", .text("+")), ("~x", .text("~x")), ("How did it go?", .text("How did it go?")),
    ("Q1", .text("Q1")), ("#x", .text("#x")), ("_1", .text("_1")), ("é1", .text("é1")),
    ("５", .text("５")),
  ])
  func plainScalars(text: String, expected: YAMLValue) {
    #expect(YAMLValue.classify(text, style: .plain) == expected)
  }

  @Test func quotedScalarsAreAlwaysText() {
    #expect(YAMLValue.classify("3", style: .doubleQuoted) == .text("3"))
    #expect(YAMLValue.classify("null", style: .singleQuoted) == .text("null"))
    #expect(YAMLValue.classify("true", style: .literal) == .text("true"))
  }

  /// A first byte that cannot start a null, boolean or number gives text whatever follows.
  @Test func everyOtherASCIIFirstByteIsText() {
    let starters = Set("~nNtTfF+-.0123456789".utf8)
    for byte in UInt8(0)..<0x80 where !starters.contains(byte) {
      for rest in ["", "1", "rue", "ull", ".5", "e3"] {
        let text = String(decoding: [byte], as: UTF8.self) + rest
        #expect(YAMLValue.classify(text, style: .plain) == .text(text), "\(Array(text.utf8))")
      }
    }
  }
}

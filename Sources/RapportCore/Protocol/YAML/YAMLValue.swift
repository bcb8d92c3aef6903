/// What a YAML value is, decided once by the loader rather than by Yams' regex resolver.
///
/// Only plain (unquoted) scalars can be null, booleans or numbers, following YAML 1.2's
/// core schema; `yes`/`no` stay text. Quoted and block scalars are always text.
enum YAMLValue: Equatable {
  case null
  case boolean(Bool)
  case integer(Int)
  case number(Double)
  case text(String)
  case list
  case mapping

  init(_ node: YAMLNode, in tree: YAMLTree) {
    switch tree.kind(node) {
    case .mapping: self = .mapping
    case .sequence: self = .list
    case .scalar: self = Self.classify(tree.string(node), style: tree.style(node))
    }
  }

  static func classify(_ text: String, style: YAMLTree.Style) -> YAMLValue {
    guard style == .plain || style == .any else { return .text(text) }
    // Most scalars are words and sentences: an ASCII first byte that can start no null,
    // boolean or number settles it without the checks below (one comparison, not a parse).
    if let first = text.utf8.first, first < 0x80, !mayStartNonText(first) {
      return .text(text)
    }
    switch text {
    case "", "~", "null", "Null", "NULL": return .null
    case "true", "True", "TRUE": return .boolean(true)
    case "false", "False", "FALSE": return .boolean(false)
    default: break
    }
    if let integer = Int(text.hasPrefix("+") ? String(text.dropFirst()) : text) {
      return .integer(integer)
    }
    if isDecimal(text), let number = Double(text) { return .number(number) }
    return .text(text)
  }

  /// True for the ASCII bytes a null, boolean or number can start with: `~`, `n`/`N`,
  /// `t`/`T`, `f`/`F`, digits, signs and `.`.
  private static func mayStartNonText(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"),
      UInt8(ascii: "."), UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"),
      UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"):
      true
    default: false
    }
  }

  /// `1.5`, `-2`, `.5`, `3e2`: decimal spellings only (no `inf`, hex or `nan` surprises).
  private static func isDecimal(_ text: String) -> Bool {
    var body = Substring(text)
    if body.first == "-" || body.first == "+" { body = body.dropFirst() }
    var sawDigit = false
    var sawDot = false
    var sawExponent = false
    var previous: Character = " "
    for character in body {
      switch character {
      case "0"..."9": sawDigit = true
      case "." where !sawDot && !sawExponent: sawDot = true
      case "e" where sawDigit && !sawExponent, "E" where sawDigit && !sawExponent:
        sawExponent = true
      case "-" where previous == "e" || previous == "E",
        "+" where previous == "e" || previous == "E":
        break
      default: return false
      }
      previous = character
    }
    return sawDigit && previous != "e" && previous != "E"
  }

  /// How messages name what was found: "a list", "a number", "nothing".
  var phrase: String {
    switch self {
    case .null: "nothing"
    case .boolean: "true/false"
    case .integer, .number: "a number"
    case .text: "text"
    case .list: "a list"
    case .mapping: "a mapping"
    }
  }
}

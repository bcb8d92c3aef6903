import Foundation
import RapportTestSupport
import Testing

@testable import RapportCore

/// The byte-level shortcuts of the CSV and cue-text encoders never change what their full
/// rules give, on generated texts full of the characters those rules look at.
@Suite struct EncodingFastPathTests {
  static let alphabet: [Character] = Array(
    "ab Z09 ,\"\t\n\r\u{0B}\u{0C}-->&<é\u{2028}\u{2029}\u{85}\u{A0}\u{3000}—")

  @Test func csvQuotingFromBytesAgreesWithCharacters() {
    var generator = SeededGenerator(seed: 7)
    for _ in 0..<20_000 {
      let value = generator.text(from: Self.alphabet, maxLength: 10)
      let byCharacter =
        value.contains { $0 == "," || $0 == "\"" || $0.isNewline }
        || value.first?.isWhitespace == true || value.last?.isWhitespace == true
      #expect(CSVTable.needsQuotes(value) == byCharacter, "\(value.debugDescription)")
    }
    #expect(CSVTable.field("P001") == "P001")
    #expect(CSVTable.field(" P001") == "\" P001\"")
    #expect(CSVTable.field("a \"b\", c") == "\"a \"\"b\"\", c\"")
  }

  /// Quotes doubled from the bytes give Foundation's replacement byte for byte, combining
  /// marks after a quote and curly quotes beside one included.
  @Test func csvQuoteDoublingFromBytesAgreesWithFoundation() {
    var generator = SeededGenerator(seed: 13)
    let alphabet = Self.alphabet + ["\u{0301}", "“", "”", "{", ":", "1"]
    var withQuotes = 0
    for _ in 0..<20_000 {
      let value = generator.text(from: alphabet, maxLength: 12)
      let replaced = value.replacingOccurrences(of: "\"", with: "\"\"")
      #expect(
        Array(CSVTable.doublingQuotes(value).utf8) == Array(replaced.utf8),
        "\(value.debugDescription)")
      if value.utf8.contains(0x22) { withQuotes += 1 }
    }
    #expect(withQuotes > 2_000, "the generator writes quotes")
    #expect(CSVTable.doublingQuotes(#"{"index":1}"#) == #"{""index"":1}"#)
  }

  /// A file name of safe bytes is kept as it is, and is what the scalar-by-scalar rule gives.
  @Test func safeNamesFromBytesAgreeWithTheScalarRule() {
    var generator = SeededGenerator(seed: 17)
    let alphabet: [Character] = Array("aZ09-_. /é\u{0301}ªP_T:")
    for _ in 0..<20_000 {
      let text = generator.text(from: alphabet, maxLength: 8)
      let mapped = String(
        text.unicodeScalars.map { scalar -> Character in
          scalar.isASCII
            && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
              || scalar == "-" || scalar == "_" || scalar == ".")
            ? Character(scalar) : "_"
        })
      let full = mapped.hasPrefix(".") || mapped.isEmpty ? "_" + mapped : mapped
      #expect(Array(ExportFile.safeName(text).utf8) == Array(full.utf8), "\(text.debugDescription)")
    }
    #expect(
      ExportFile.safeName("P001_belonging-interview_20221003T140509Z")
        == "P001_belonging-interview_20221003T140509Z")
    #expect(ExportFile.safeName(".hidden") == "_.hidden")
  }

  @Test func cueTextShortcutAgreesWithTheFullRules() {
    var generator = SeededGenerator(seed: 11)
    var shortcuts = 0
    for _ in 0..<20_000 {
      let text = generator.text(from: Self.alphabet, maxLength: 10)
      for escapeMarkup in [true, false] {
        let full = CueText.rewritten(text, escapeMarkup: escapeMarkup)
        #expect(
          CueText.oneLine(text, escapeMarkup: escapeMarkup) == full,
          "\(text.debugDescription) escapeMarkup: \(escapeMarkup)")
        if CueText.isOneLineAlready(text, escapeMarkup: escapeMarkup) {
          #expect(full == text)
          shortcuts += 1
        }
      }
    }
    #expect(shortcuts > 1_000, "the generator reaches the shortcut")
  }
}

/// JSON written into a byte buffer is the text the `String` writer gives, on generated
/// values nested three deep with strings that need escaping and strings that do not.
@Suite struct JSONBufferTests {
  static func value(_ generator: inout SeededGenerator, depth: Int) -> JSONValue {
    let strings: [Character] = Array("ab \"\\\n\t—“é\u{2028}{}:,")
    switch generator.next() % (depth > 2 ? 4 : 6) {
    case 0: return .null
    case 1: return .bool(generator.next() % 2 == 0)
    case 2: return .number(Double(Int(generator.next() % 20_000)) / 8 - 1_000)
    case 3: return .string(generator.text(from: strings, maxLength: 6))
    case 4:
      return .array(
        (0..<Int(generator.next() % 4)).map { _ in value(&generator, depth: depth + 1) })
    default:
      return .object(
        (0..<Int(generator.next() % 4)).map { _ in
          (generator.text(from: strings, maxLength: 4), value(&generator, depth: depth + 1))
        })
    }
  }

  @Test func bufferedTextIsTheAppendedText() {
    var generator = SeededGenerator(seed: 19)
    for _ in 0..<5_000 {
      let value = Self.value(&generator, depth: 0)
      #expect(Array(value.text.utf8) == Array(value.textByAppending.utf8))
    }
    #expect(
      JSONValue.object([("a", .array([.number(1), .null]))]).text
        == "{\n  \"a\": [\n    1,\n    null\n  ]\n}\n")
  }
}

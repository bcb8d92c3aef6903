import RapportTestSupport
import Testing

@testable import RapportCore

/// The Markdown escaper's fast path (`isPlain`) never changes what the full rules give.
@Suite struct MarkdownTextTests {
  /// Characters that matter to some rule, beside plain letters, digits and spaces.
  static let alphabet: [Character] = Array(
    "ab Z09 .)\\`*~<|#]([:&_>+-=\t\n\u{7F}\u{1B}é\u{200B}\u{202E}—")

  @Test func theFastPathAgreesWithTheFullRulesOnGeneratedTexts() {
    var generator = SeededGenerator(seed: 42)
    var plainCount = 0
    for _ in 0..<20_000 {
      let text = generator.text(from: Self.alphabet, maxLength: 12)
      for lineStart in [true, false] {
        let full = MarkdownText.escapeEach(text, continuation: "  ", lineStart: lineStart)
        #expect(
          MarkdownText.escape(text, continuation: "  ", lineStart: lineStart) == full,
          "\(text.debugDescription) lineStart: \(lineStart)")
        if MarkdownText.isPlain(text, lineStart: lineStart) {
          #expect(full == text, "a plain text comes back as it is: \(text.debugDescription)")
          plainCount += 1
        }
      }
    }
    #expect(plainCount > 1_000, "the generator reaches the fast path")
  }

  /// Characters the byte path reads (ASCII rules, admitted punctuation) and a few it must
  /// refuse (a combining accent that joins the character before it, a letter, a control).
  static let byteAlphabet: [Character] =
    Array(
      "aZ0 9.)\\`*~<|#]([:&_>+-=\t\n—–‘’“”…·") + ["\u{301}", "é", "\u{1B}", "\r\n"]

  @Test func theBytePathAgreesWithTheFullRulesOnGeneratedTexts() {
    var generator = SeededGenerator(seed: 7)
    var byteCount = 0
    for _ in 0..<20_000 {
      let text = generator.text(from: Self.byteAlphabet, maxLength: 14)
      for lineStart in [true, false] {
        let full = MarkdownText.escapeEach(text, continuation: "  ", lineStart: lineStart)
        if let bytes = MarkdownText.escapeBytes(text, continuation: "  ", lineStart: lineStart) {
          #expect(bytes == full, "\(text.debugDescription) lineStart: \(lineStart)")
          byteCount += 1
        }
        for breaks in [HiddenCharacters.Breaks.keep, .space] {
          for keepTabs in [true, false]
          where HiddenCharacters.showsAsIs(text, breaks: breaks, keepTabs: keepTabs) {
            // The scalar-by-scalar reading finds nothing to reveal either.
            #expect(
              text.unicodeScalars.allSatisfy {
                $0 == "\n" || $0 == "\t" || HiddenCharacters.visible($0) == String($0)
              }, "\(text.debugDescription)")
            #expect(!(breaks == .space && text.contains("\n")))
            #expect(!(!keepTabs && text.contains("\t")))
          }
        }
      }
    }
    #expect(byteCount > 5_000, "the generator reaches the byte path")
    #expect(MarkdownText.escapeBytes("_\u{301}x", continuation: "", lineStart: true) == nil)
  }

  @Test func proseTakesTheFastPathAndMarkupDoesNot() {
    #expect(MarkdownText.isPlain("She said it was fine. Really (mostly).", lineStart: true))
    #expect(!MarkdownText.isPlain("1. first", lineStart: true))
    #expect(MarkdownText.isPlain("1. first", lineStart: false))
    #expect(!MarkdownText.isPlain("- item", lineStart: true))
    #expect(!MarkdownText.isPlain("snake_case", lineStart: false))
    #expect(!MarkdownText.isPlain("café", lineStart: false))
    #expect(MarkdownText.escape("*very* upset", lineStart: false) == "\\*very\\* upset")
  }
}

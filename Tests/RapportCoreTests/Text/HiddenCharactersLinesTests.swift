import RapportTestSupport
import Testing

@testable import RapportCore

/// Lines cut at the byte `\n` are the lines a `Character` split of the revealed text gives.
@Suite struct HiddenCharactersLinesTests {
  static let alphabet: [Character] =
    Array("a Z\t\n—é") + ["\r\n", "\r", "\u{301}", "\u{1B}", "\u{2028}", "\u{202E}", "🏴"]

  @Test func byteLinesAgreeWithACharacterSplitOnGeneratedTexts() {
    var generator = SeededGenerator(seed: 11)
    var multiLine = 0
    for _ in 0..<20_000 {
      let text = generator.text(from: Self.alphabet, maxLength: 12)
      let expected = HiddenCharacters.reveal(text, breaks: .keep, keepTabs: true)
        .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      let lines = HiddenCharacters.lines(text)
      #expect(lines == expected, "\(text.debugDescription)")
      if lines.count > 1 { multiLine += 1 }
    }
    #expect(multiLine > 2_000, "the generator reaches texts of several lines")
  }

  @Test func aLineBreakOfAnyKindStartsALine() {
    #expect(HiddenCharacters.lines("one\r\ntwo\u{2028}three\n") == ["one", "two", "three", ""])
    #expect(HiddenCharacters.lines("a\rb") == ["a\u{240D}b"])
  }
}

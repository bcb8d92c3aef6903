import Foundation
import Testing

@testable import RapportCore

/// What reaches a terminal from outside text: every control visible and inert.
@Suite("Terminal text")
struct TerminalTextTests {
  /// Hostile pastes a supporter (or a protocol, or a hand-edited journal) could carry.
  static let clear = "\u{1B}[2J"
  static let clipboard = "\u{1B}]52;c;cGFzc3dvcmQ=\u{07}"
  static let title = "\u{1B}]0;pwned\u{1B}\\"
  static let dcs = "\u{1B}P1$qm\u{1B}\\"

  /// True when a terminal would show every scalar of `text` and act on none of them.
  static func isInert(_ text: String, newlines: Bool = false) -> Bool {
    text.unicodeScalars.allSatisfy { scalar in
      if scalar == "\n" { return newlines }
      return
        !(scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
        || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
        || scalar.value == 0x200B || scalar.value == 0xFEFF)
    }
  }

  @Test func everyC0ControlAndDELShowAsTheirControlPicture() {
    for value in UInt32(0)..<0x20 where value != 0x0A && value != 0x09 && value != 0x0D {
      let scalar = Unicode.Scalar(value)!
      let shown = TerminalText.line("a\(Character(scalar))b")
      #expect(shown == "a\(Character(Unicode.Scalar(0x2400 + value)!))b", "U+\(value)")
    }
    #expect(TerminalText.line("a\u{7F}b") == "a␡b")
    #expect(TerminalText.line("a\u{0}b") == "a␀b")
  }

  @Test func everyC1ControlShowsAsItsCodePoint() {
    for value in UInt32(0x80)...0x9F {
      let scalar = Unicode.Scalar(value)!
      let hex = String(value, radix: 16, uppercase: true)
      #expect(TerminalText.line("a\(Character(scalar))b") == "a<U+00\(hex)>b")
    }
  }

  @Test func escapeSequencesShowAsTextAndDoNothing() {
    #expect(TerminalText.line("x" + Self.clear + "y") == "x␛[2Jy")
    #expect(TerminalText.line(Self.clipboard) == "␛]52;c;cGFzc3dvcmQ=␇")
    #expect(TerminalText.line(Self.title) == "␛]0;pwned␛\\")
    #expect(TerminalText.line(Self.dcs) == "␛P1$qm␛\\")
    #expect(TerminalText.line("\u{9B}2J") == "<U+009B>2J", "the one-byte CSI")
    for text in [Self.clear, Self.clipboard, Self.title, Self.dcs] {
      #expect(!TerminalText.block(text).unicodeScalars.contains("\u{1B}"))
    }
  }

  @Test func aBareCarriageReturnCannotHideTheStartOfALine() {
    #expect(TerminalText.line("the real note\rfake") == "the real note␍fake")
    #expect(TerminalText.line("ends with\r") == "ends with␍")
    #expect(TerminalText.line("one\r\ntwo") == "one two")
    #expect(TerminalText.block("one\r\ntwo\rthree") == "one\ntwo␍three")
  }

  @Test func lineBreaksAreKeptInABlockAndBecomeOneSpaceOnALine() {
    #expect(TerminalText.line("\nfirst\n\n\u{2028}second\n") == "first second")
    #expect(TerminalText.block("first\n\nsecond\u{2029}third") == "first\n\nsecond\nthird")
    #expect(TerminalText.line("a\tb") == "a b")
  }

  @Test func bidiOverridesAndInvisibleFormatCharactersAreShown() {
    for value in Array(UInt32(0x202A)...0x202E) + Array(UInt32(0x2066)...0x2069) {
      let scalar = Unicode.Scalar(value)!
      let hex = String(value, radix: 16, uppercase: true)
      #expect(TerminalText.line("a\(Character(scalar))b") == "a<U+\(hex)>b")
    }
    #expect(TerminalText.line("ad\u{202E}txt.exe") == "ad<U+202E>txt.exe")
    #expect(TerminalText.line("P0\u{200B}01\u{FEFF}") == "P0<U+200B>01<U+FEFF>")
    #expect(TerminalText.line("\u{E0041}\u{E0042}") == "<U+E0041><U+E0042>", "tag smuggling")
  }

  @Test func realTextIsLeftExactlyAsWritten() {
    let texts = [
      "talks about the ward team — “they’re kind” but rushed", "café naïve Zoë",
      "\u{1F469}\u{1F3FD}\u{200D}\u{2695}\u{FE0F} chose medicine",
      "\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F} Scotland", "שלום עולם",
      "مرحبا\u{200F}!", "नमस्ते", "美しい",
      "a\u{200D}b\u{200C}c", "replacement \u{FFFD} stays",
    ]
    for text in texts {
      #expect(TerminalText.line(text) == text)
      #expect(TerminalText.block(text) == text)
    }
  }

  @Test func showingTwiceChangesNothingMore() {
    let hostile = Self.clear + Self.clipboard + "\r\u{202E}\u{85}\u{0}x\n"
    let once = TerminalText.block(hostile)
    #expect(TerminalText.block(once) == once)
    #expect(TerminalText.message(once) == once)
  }

  @Test func everyScalarBelowU0250AndTheFormatBlocksComesOutInert() {
    var all = ""
    for value in Array(UInt32(0)...0x24F) + Array(UInt32(0x2000)...0x206F) + [0xFEFF, 0xFFFE] {
      if let scalar = Unicode.Scalar(value) { all.unicodeScalars.append(scalar) }
    }
    #expect(Self.isInert(TerminalText.line(all)))
    #expect(Self.isInert(TerminalText.block(all), newlines: true))
  }

  @Test func aHundredKilobytePasteIsShownShortWithItsLength() {
    let paste = String(repeating: "0123456789", count: 10_000)
    let shown = TerminalText.line(paste, limit: TerminalText.shownLimit)
    #expect(shown == String(paste.prefix(500)) + "… (+99,500 characters)")
    let hostile = String(repeating: Self.clear, count: 30_000)
    let cut = TerminalText.line(hostile, limit: 12)
    #expect(cut == "␛[2J␛[2J␛[2J… (+119,988 characters)")
    #expect(TerminalText.line("abc", limit: 2) == "ab… (+1 character)")
    #expect(TerminalText.line("abc", limit: 3) == "abc")
  }

  @Test func aTenMegabytePasteOfEscapesIsShownShortAndInert() {
    let paste = String(repeating: "\u{1B}[2J\u{1B}]52;c;eA==\u{07}", count: 625_000)
    let clock = ContinuousClock()
    var shown = ""
    let elapsed = clock.measure { shown = TerminalText.line(paste, limit: TerminalText.shownLimit) }
    print("TerminalText.line on \(paste.utf8.count) bytes: \(elapsed)")
    #expect(shown.hasSuffix("… (+9,999,500 characters)"))
    #expect(shown.count == 500 + "… (+9,999,500 characters)".count)
    #expect(Self.isInert(shown))
  }

  @Test func thousandsAreGroupedTheSameInEveryLocale() {
    #expect(TerminalText.omission(0) == "… (+0 characters)")
    #expect(TerminalText.omission(999) == "… (+999 characters)")
    #expect(TerminalText.omission(1_000) == "… (+1,000 characters)")
    #expect(TerminalText.omission(12_345_678) == "… (+12,345,678 characters)")
  }

  @Test func messagesCutOverlongWordsButKeepTheRest() {
    let id = String(repeating: "P", count: 10_000)
    let message = TerminalText.message("participant id '\(id)' cannot be used")
    #expect(
      message == "participant id '" + String(repeating: "P", count: 299) + "… (+9,702 characters)"
        + " cannot be used")
    #expect(TerminalText.message("unknown command '/x\u{1B}[2J'") == "unknown command '/x␛[2J'")
    let ordinary =
      "error: '/tmp/Responses/P001_belonging-interview_20221003T140509Z' is a directory"
    #expect(TerminalText.message(ordinary) == ordinary)
  }
}

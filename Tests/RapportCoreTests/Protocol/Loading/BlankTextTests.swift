import Testing

@testable import RapportCore

/// `NodeReader.isBlank` answers from the first byte when it can; it must say what
/// `allSatisfy(\.isWhitespace)` says, which decides the `empty-text` diagnostic.
@Suite struct BlankTextTests {
  @Test(arguments: [
    ("", true), (" \t\n", true), ("\r\n", true), ("\u{00A0}", true), ("\u{85}", true),
    ("\u{2003} ", true), ("a", false), (" a", false), ("\u{2003}x", false), ("x\u{301}", false),
    ("\u{301}", false), ("é", false),
  ])
  func blankIsOnlyWhitespace(text: String, blank: Bool) {
    #expect(NodeReader.isBlank(text) == blank)
  }

  @Test func everyASCIIFirstByteAgreesWithCharacters() {
    for byte in UInt8(0)..<0x80 {
      for rest in ["", " ", "x", "\u{2003}"] {
        let text = String(decoding: [byte], as: UTF8.self) + rest
        #expect(NodeReader.isBlank(text) == text.allSatisfy(\.isWhitespace), "\(Array(text.utf8))")
      }
    }
  }
}

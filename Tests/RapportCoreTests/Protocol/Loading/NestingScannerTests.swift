import Testing

@testable import RapportCore

/// The pre-compose scan must not mistake text for structure in real protocol files.
@Suite struct NestingScannerTests {
  @Test func bracketsInsideTextQuotesCommentsAndBlockScalarsAreNotNesting() {
    let text = """
      a: What [is] this {really}?
      b: "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["
      c: '{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{'
      # [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[
      d: >-
        [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[
      e: don't [stop
      f: [With doctors?, And with patients?]

      """
    #expect(NestingScanner.scan(text) == nil)
  }

  @Test func flowCollectionsCountAsNesting() {
    let deep = "a: " + String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
    #expect(NestingScanner.scan(deep) == .tooDeep(line: 1, column: 103))
    let fine = "a: " + String(repeating: "[", count: 90) + String(repeating: "]", count: 90)
    #expect(NestingScanner.scan(fine) == nil)
  }

  @Test func explicitAndCollectionKeysAreComplex() {
    #expect(NestingScanner.scan("? a\n: b\n") == .complexKey(line: 1, column: 1))
    #expect(NestingScanner.scan("[a, b]: c\n") == .complexKey(line: 1, column: 6))
    #expect(NestingScanner.scan("a: &x 1\n*x : 2\n") == .complexKey(line: 2, column: 1))
    #expect(NestingScanner.scan("a: &x 1\nb: *x\n") == nil)
  }

  /// Plain text is skipped to its next `:` or `#`; what follows them is still read, with
  /// columns counted in Unicode scalars.
  @Test func structureAfterPlainTextIsStillFound() {
    #expect(NestingScanner.scan("a: b c: [d]: e\n") == .complexKey(line: 1, column: 11))
    #expect(NestingScanner.scan("éé x: [a]: b\n") == .complexKey(line: 1, column: 9))
    #expect(NestingScanner.scan("k: v\n\"é: x\": y\n? z\n") == .complexKey(line: 3, column: 1))
    #expect(NestingScanner.scan("ab: cd #: x\n? z\n") == .complexKey(line: 2, column: 1))
    #expect(NestingScanner.scan("k: {a: b, [c]: d}\n") == .complexKey(line: 1, column: 13))
    #expect(NestingScanner.scan("ééé: [x]: y\n") == .complexKey(line: 1, column: 8))
    let deep = (0..<101).map { String(repeating: " ", count: $0) + "k\($0) text: \n" }.joined()
    #expect(NestingScanner.scan(deep) == .tooDeep(line: 101, column: 101))
  }
}

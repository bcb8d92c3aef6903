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
}

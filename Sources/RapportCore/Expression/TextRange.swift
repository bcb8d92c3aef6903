/// Character offsets (zero-based, in Unicode characters) into an expression's text.
public struct TextRange: Hashable, Sendable {
  public var start: Int
  public var end: Int

  public init(start: Int, end: Int) {
    self.start = start
    self.end = end
  }
}

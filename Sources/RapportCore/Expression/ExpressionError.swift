/// A problem in a `when:` or `constraint:` expression, with the characters it concerns.
///
/// The range is in zero-based Characters of the expression text (not bytes), so lint can
/// add it to the expression's `SourceLocation` and point an editor at the exact column.
public struct ExpressionError: Error, Equatable, Sendable, CustomStringConvertible {
  /// Lowercase, with the offending token quoted.
  public var message: String
  public var range: TextRange

  public init(_ message: String, at range: TextRange) {
    self.message = message
    self.range = range
  }

  public var description: String { "\(range.start): \(message)" }
}

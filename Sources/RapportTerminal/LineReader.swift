import CReadline

/// Reads one line of input; the runner does not care whether a person or a script types it.
public protocol LineReader {
  /// The next line without its newline, or nil at end of input.
  mutating func readLine(prompt: String) -> String?
}

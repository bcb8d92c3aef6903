/// Reads what the interviewer typed, one line at a time.
///
/// The runner does not care whether a person types on a terminal (readline) or a
/// script pipes commands in; both give the same `LineInput` values.
public protocol LineReader: AnyObject {
  /// Waits for the next line, showing `prompt` where the terminal supports it.
  func readLine(prompt: String) -> LineInput

  /// Keeps the screen live while a line is typed: the other terminal's news printed above
  /// the line, and the clock ticking. Readers without a screen (piped input) ignore it.
  func keepLive(background: BackgroundInput?, ticker: ScreenTicker?)

  /// What the reader has to tell the interviewer (once: its history could not be written).
  func takeNotices() -> [String]

  /// Keeps the typed lines in `path` from now on (the session moved with `/saveto`).
  func moveHistory(to path: String)
}

extension LineReader {
  public func keepLive(background: BackgroundInput?, ticker: ScreenTicker?) {}
  public func takeNotices() -> [String] { [] }
  public func moveHistory(to path: String) {}
}

/// What came back from one read.
public enum LineInput: Equatable, Sendable {
  /// A line without its newline.
  case line(String)
  /// Ctrl-D on an empty line, or the end of piped input.
  case endOfInput
  /// The terminal closed (SIGHUP) or the process was asked to stop (SIGTERM).
  case terminated(signal: Int32)
}

/// Reads piped input: one command or note per line, no editing, no prompt echo.
public final class PlainLineReader: LineReader {
  public init() {}

  public func readLine(prompt: String) -> LineInput {
    guard let line = Swift.readLine(strippingNewline: true) else { return .endOfInput }
    // Windows line endings in a scripted session are not part of the note.
    return .line(line.hasSuffix("\r") ? String(line.dropLast()) : line)
  }
}

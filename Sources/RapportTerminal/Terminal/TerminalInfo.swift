#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What the runner needs to know about where it is printing, read once per screen.
public struct TerminalInfo: Equatable, Sendable {
  /// True when standard input is a terminal: then readline edits lines, else lines are piped.
  public var inputIsTerminal: Bool
  public var outputIsTerminal: Bool
  /// Columns to wrap at; 80 when unknown (a pipe).
  public var width: Int
  /// Rows, for pinning the status line above what scrolls; 24 when unknown.
  public var height: Int
  /// Colour only on a terminal and when `NO_COLOR` is unset (https://no-color.org).
  public var color: Bool

  public init(
    inputIsTerminal: Bool, outputIsTerminal: Bool, width: Int, height: Int = 24, color: Bool
  ) {
    self.inputIsTerminal = inputIsTerminal
    self.outputIsTerminal = outputIsTerminal
    self.width = width
    self.height = height
    self.color = color
  }

  /// Reads the real standard input and output.
  public static func current(environment: [String: String]) -> TerminalInfo {
    let inTTY = isatty(STDIN_FILENO) == 1
    let outTTY = isatty(STDOUT_FILENO) == 1
    let noColor = !(environment["NO_COLOR"] ?? "").isEmpty || environment["TERM"] == "dumb"
    return TerminalInfo(
      inputIsTerminal: inTTY, outputIsTerminal: outTTY, width: columns(environment: environment),
      height: size().height, color: outTTY && !noColor)
  }

  /// The window's size now, as the terminal reports it (80 × 24 when it does not).
  public static func size() -> (width: Int, height: Int) {
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0
    else { return (80, 24) }
    return (max(20, Int(size.ws_col)), max(4, Int(size.ws_row)))
  }

  /// The terminal's width, `COLUMNS` if the terminal does not say, else 80; never below 20.
  public static func columns(environment: [String: String]) -> Int {
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
      return max(20, Int(size.ws_col))
    }
    if let text = environment["COLUMNS"], let value = Int(text), value > 0 {
      return max(20, value)
    }
    return 80
  }
}

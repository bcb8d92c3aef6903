/// Something besides the keyboard that a line reader waits on while a line is typed.
///
/// `rapport run` and `rapport join` follow the shared journal this way: lines the other
/// terminal appends show up within a poll, above the line being typed, without a key pressed.
public protocol BackgroundInput: AnyObject {
  /// Readable when there may be news; nil to rely on `timeoutMilliseconds` alone.
  var descriptor: Int32? { get }
  /// The longest wait before `check` is called anyway, in milliseconds.
  var timeoutMilliseconds: Int32 { get }
  /// Takes in the news; returns text to print above the input line (ending in a newline),
  /// or nil when there is nothing to show.
  func check() -> String?
}

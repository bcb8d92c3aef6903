/// Keeps what a terminal shows current while the interviewer types or sits still.
///
/// The interview clock on the status line must tick with no key pressed, and the screen must
/// be drawn anew when the window changes size; the line editor asks its ticker for both,
/// and never loses the line being typed.
public protocol ScreenTicker: AnyObject {
  /// How often to ask, in milliseconds: often enough that the clock is never a second stale.
  var tickMilliseconds: Int32 { get }
  /// What to draw now that time passed, or nil when nothing on screen changed.
  func tick() -> ScreenUpdate?
  /// What to draw after the window changed size to `width` × `height`.
  func resized(width: Int, height: Int) -> ScreenUpdate?
}

/// Output that changes the screen while a line is being edited.
public enum ScreenUpdate: Equatable, Sendable {
  /// Bytes that move the cursor, draw and put the cursor back: the line editor's line and
  /// cursor are untouched, so these are written as they are.
  case inPlace(String)
  /// A whole screen drawn anew (it clears the terminal): the line being typed is drawn
  /// again below it, as it was.
  case redraw(String)
}

/// A screen that keeps itself current while a line is typed (the runner's, the join runner's).
protocol TickingScreen: AnyObject {
  func tick() -> ScreenUpdate?
  func resized(width: Int, height: Int) -> ScreenUpdate?
}

/// Hands the line editor's ticks to a screen without keeping the screen alive.
final class ScreenTickerLink: ScreenTicker {
  weak var screen: (any TickingScreen)?

  init(_ screen: any TickingScreen) {
    self.screen = screen
  }

  /// Four looks a second: the clock shows whole seconds and is never a second stale.
  var tickMilliseconds: Int32 { 250 }

  func tick() -> ScreenUpdate? { screen?.tick() }

  func resized(width: Int, height: Int) -> ScreenUpdate? {
    screen?.resized(width: width, height: height)
  }
}

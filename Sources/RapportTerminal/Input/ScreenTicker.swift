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

/// A runner's screen under status lines pinned at the top of a terminal, where the clock
/// ticks: both runners tick and follow the window's size the same way.
protocol PinnedScreenRunner: TickingScreen {
  var pinned: PinnedStatusScreen { get set }
  var terminal: TerminalInfo { get set }
  /// The status lines as they are now (with the unsaved count while the disk refuses).
  func statusNow() -> [String]
  /// The whole screen when what it shows changed (or `force`), else nil.
  func screenIfChanged(force: Bool) -> String?
}

extension PinnedScreenRunner {
  /// With no key pressed: the clock in place, or the whole screen when more changed.
  ///
  /// Four looks a second, but the whole screen is rendered only when the status changed
  /// (at most once a second): what else changes with time (behind the plan) changes then.
  func tick() -> ScreenUpdate? {
    let status = statusNow()
    guard status != pinned.pinned else { return nil }
    if let screen = screenIfChanged(force: false) { return .redraw(screen) }
    return pinned.update(status: status).map(ScreenUpdate.inPlace)
  }

  /// The window changed size: the screen is laid out again for it.
  func resized(width: Int, height: Int) -> ScreenUpdate? {
    terminal.width = width
    terminal.height = height
    return screenIfChanged(force: true).map(ScreenUpdate.redraw)
  }
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

import Foundation
import RapportCore

/// The supporter's view on the terminal: the pure `SupportScreen` under the pinned status
/// lines, redrawn when the journal or the driver lock changes what it shows.
extension JoinRunner: PinnedScreenRunner {
  /// Folds in the other terminals' lines and looks at the driver lock; returns the redrawn
  /// screen when it changed.
  func refresh(force: Bool) -> String? {
    for entry in follower.readNew().entries where entry.writer != writer.writer {
      state.fold(entry)
    }
    let driving = leadIsDriving()
    let changed = driving != state.driverPresent
    state.driverPresent = driving
    return screenIfChanged(force: force || changed)
  }

  var waitDescriptor: Int32? { follower.waitDescriptor }
  var timeoutMilliseconds: Int32 { follower.timeoutMilliseconds }

  /// The screen when its body changed (or `force`), else nil; the clock ticks in place.
  func screenIfChanged(force: Bool) -> String? {
    let live = terminal.outputIsTerminal && terminal.inputIsTerminal
    // Room for the UNSAVED line, when it is shown.
    var text = SupportScreen.render(
      state, protocol: interviewProtocol, clock: state.session.clock(at: writer.now),
      width: terminal.width, color: terminal.color, role: role,
      height: live ? terminal.height - (unsaved > 0 ? 1 : 0) : nil)
    let status = statusNow()
    let rendererStatus = status.count - (unsaved > 0 ? 1 : 0)
    let bodyLines = text.split(separator: "\n", omittingEmptySubsequences: false)
      .dropFirst(rendererStatus)
    let body = bodyLines.joined(separator: "\n")
    text = (status + bodyLines.map(String.init)).joined(separator: "\n")
    let reframe = live && pinned.isActive && !pinned.fits(status)
    // Without a ticking status line (piped), the clock is redrawn when 10 s stale.
    let now = Date().timeIntervalSinceReferenceDate
    let stale = !live && now - lastDrawn >= 10
    guard force || body != lastBody || reframe || stale else { return nil }
    lastBody = body
    lastDrawn = now
    guard terminal.outputIsTerminal else { return text }
    guard live else { return "\u{1B}[H\u{1B}[2J" + text }
    return pinned.draw(text, status: status, height: terminal.height)
  }

  /// The status lines, with the count of unsaved entries under them while the disk refuses.
  func statusNow() -> [String] {
    let status = ScreenRenderer.status(
      state.session, protocol: interviewProtocol, clock: state.session.clock(at: writer.now),
      width: terminal.width, color: terminal.color)
    guard unsaved > 0 else { return status }
    return status + ["UNSAVED \(unsaved) — your entries kept in memory, not on disk"]
  }
}

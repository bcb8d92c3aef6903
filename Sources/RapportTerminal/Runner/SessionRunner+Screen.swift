import RapportCore

extension SessionRunner: PinnedScreenRunner {
  /// The screen to print when what it shows changed (or `force`), else nil.
  ///
  /// The status line's clock changes every second and is compared apart from the rest: on
  /// a terminal it ticks in place (`tick`); the whole screen is drawn only when more changed.
  func screenIfChanged(force: Bool) -> String? {
    let clock = state.clock(at: journal.now)
    let live = terminal.outputIsTerminal && terminal.inputIsTerminal
    let rendered = ScreenRenderer.render(
      state, protocol: interviewProtocol, clock: clock, width: terminal.width,
      color: terminal.color, height: live ? terminal.height - (unsaved > 0 ? 1 : 0) : nil)
    let status = statusLines(clock: clock)
    let lines = rendered.split(separator: "\n", omittingEmptySubsequences: false)
    let rendererStatus = status.count - (unsaved > 0 ? 1 : 0)
    let bodyLines = lines.dropFirst(rendererStatus)
    let body = bodyLines.joined(separator: "\n")
    let screen = (status + bodyLines.map(String.init)).joined(separator: "\n")
    // A status that wraps onto another number of lines cannot tick in place.
    let reframe = live && pinned.isActive && !pinned.fits(status)
    guard force || body != lastScreen || reframe else { return nil }
    lastScreen = body
    guard live else { return screen }
    screenRows = status.count + bodyLines.count
    rowsBelowScreen = 0
    return pinned.draw(screen, status: status, height: terminal.height)
  }

  /// Before a prompt: when the messages under the screen would scroll the words to read
  /// aloud out of a small window, the screen is drawn anew with the latest message under it.
  func keepTheStepOnScreen() {
    guard pinned.isActive, screenRows + rowsBelowScreen + 1 > terminal.height,
      let screen = screenIfChanged(force: true)
    else { return }
    output(screen)
    if let lastSaid { say(lastSaid) }
  }

  /// The status lines, with the count of unsaved entries under them while the disk refuses:
  /// both stay pinned at the top of a terminal.
  func statusLines(clock: Double) -> [String] {
    let status = ScreenRenderer.status(
      state, protocol: interviewProtocol, clock: clock, width: terminal.width,
      color: terminal.color)
    return unsaved > 0 ? status + [unsavedLine] : status
  }

  func statusNow() -> [String] { statusLines(clock: state.clock(at: journal.now)) }
}

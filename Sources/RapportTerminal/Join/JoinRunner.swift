import Foundation
import RapportCore

/// The supporting interviewer's terminal (`rapport join`): a live view of the session the
/// lead drives, where the supporter's lines become notes, flags and cues.
///
/// The view follows the shared journal: each line another terminal appends is folded into
/// the state and the screen is redrawn above the line being typed, with no key pressed.
/// The supporter's own events go through their own `JournalWriter` (own writer name, own
/// sequence numbers). Navigation stays with the lead, who holds the driver lock.
public final class JoinRunner {
  /// How the view stopped.
  public enum Outcome: Equatable, Sendable {
    /// The supporter left (`/q`, Ctrl-D); the session goes on without them.
    case left
    /// The supporter confirmed `/takeover` and this process now holds the driver lock.
    case takeOver
    /// The terminal closed or the process was told to stop.
    case terminated(signal: Int32)
  }

  /// The session as this terminal knows it: the journal folded, own lines included.
  public private(set) var state: SessionState
  /// This terminal's own writer (its name and sequence numbers), kept after `/takeover`.
  public let writer: JournalWriter
  private let interviewProtocol: InterviewProtocol
  private let follower: JournalFollower
  private let reader: LineReader
  private var terminal: TerminalInfo
  private let output: (String) -> Void
  private let leadIsDriving: () -> Bool
  private let takeLock: () -> Bool
  private let role: Role
  private let folder: SessionFolder?
  private let rescueRoots: [String]
  private var recent: [JournalEntry] = []
  private var lastBody = ""
  private var lastDrawn = 0.0
  private var driverSeen = true
  private var pinned = PinnedStatusScreen()

  /// - Parameters:
  ///   - role: who types here: the supporter, or the lead following after a `/takeover`.
  ///   - leadIsDriving: whether some process holds the driver lock now.
  ///   - takeLock: tries to take the driver lock for this process; false when it is held.
  ///   - folder: the session's folder; lines still unsaved when the supporter leaves are
  ///     written to a copy of it in the first of `rescueRoots` that takes it.
  public init(
    protocol interviewProtocol: InterviewProtocol, state: SessionState, recent: [JournalEntry],
    writer: JournalWriter, follower: JournalFollower, reader: LineReader, terminal: TerminalInfo,
    role: Role = .support, folder: SessionFolder? = nil,
    rescueRoots: [String] = SessionCopier.rescueRoots(), leadIsDriving: @escaping () -> Bool,
    takeLock: @escaping () -> Bool, output: @escaping (String) -> Void
  ) {
    self.folder = folder
    self.rescueRoots = rescueRoots
    self.interviewProtocol = interviewProtocol
    self.state = state
    self.recent = Array(recent.suffix(SupportScreen.recentCount * 4))
    self.writer = writer
    self.follower = follower
    self.reader = reader
    self.terminal = terminal
    self.leadIsDriving = leadIsDriving
    self.takeLock = takeLock
    self.role = role
    self.output = output
    let live = terminal.inputIsTerminal && terminal.outputIsTerminal
    reader.keepLive(background: JoinFeed(view: self), ticker: live ? ScreenTickerLink(self) : nil)
  }

  /// Shows the view and takes the supporter's lines until they leave or take over.
  ///
  /// A line the disk refuses is kept in memory, said so, and written before the next one;
  /// still unsaved when the supporter leaves, it goes to a rescue copy of the session.
  public func run() -> Outcome {
    defer {
      let release = pinned.release()
      if !release.isEmpty { output(release) }
    }
    let outcome = loop()
    if outcome != .takeOver { rescueUnsaved() }
    return outcome
  }

  private func loop() -> Outcome {
    driverSeen = leadIsDriving()
    output(screen(force: true) ?? "")
    while true {
      let input = reader.readLine(prompt: role == .support ? "support› " : "lead (following)› ")
      if let news = refresh(force: false) { output(news) }
      switch input {
      case .terminated(let signal): return .terminated(signal: signal)
      case .endOfInput: return .left
      case .line(let line):
        let command = SupportCommandParser.parse(line)
        switch command {
        case .leave: return .left
        case .refresh: output(screen(force: true) ?? "")
        case .takeover: if confirmTakeover() { return .takeOver }
        case .driving where !leadIsDriving():
          output(noDriverWords)
        default: handle(command)
        }
      }
    }
  }

  private func handle(_ command: SupportCommand) {
    let decision = SupportDecider.decide(
      command, state: state, protocol: interviewProtocol, clock: state.clock(at: writer.now),
      role: role)
    let report = writer.commitKeeping(decision.events, to: &state)
    report.entries.forEach(remember)
    if !decision.events.isEmpty, let screen = screen(force: true) { output(screen) }
    if let failure = report.failure {
      if !report.entries.isEmpty {
        output(SavingWords.notSaved(failure, unsaved: report.unsaved, elsewhere: false))
      }
    } else {
      if report.recovered > 0 { output(SavingWords.savedNow(report.recovered)) }
      decision.feedback.forEach(output)
    }
  }

  /// Lines still unsaved: written in place if there is room again, else to a rescue copy.
  private func rescueUnsaved() {
    let count = writer.pending.count
    guard count > 0 else { return }
    if (try? writer.flush()) != nil {
      output(SavingWords.savedNow(count))
      return
    }
    guard let folder else { return }
    for root in rescueRoots {
      if let copy = try? SessionCopier().copy(folder, pending: writer.pending, into: root) {
        output(
          "\(SavingWords.entries(count)) of yours could not be written to '\(folder.path)'; a copy of the "
            + "session with them was written to '\(copy.path)'.")
        return
      }
    }
    output("NOT SAVED: \(SavingWords.entries(count)) of yours could not be written anywhere.")
  }

  /// Entries kept in memory, not on disk.
  public var unsaved: Int { writer.pending.count }

  private func confirmTakeover() -> Bool {
    if state.isEnded {
      output("the session has ended; there is nothing left to drive")
      return false
    }
    if leadIsDriving() {
      output(
        "the lead's terminal is still driving this session; /takeover works only when it is "
          + "gone (closed, crashed or disconnected)")
      return false
    }
    output("Take over driving this session from the lead? Type y to confirm.")
    guard case .line(let reply) = reader.readLine(prompt: "confirm (y/n)› "),
      Confirmation.isYes(reply)
    else {
      output("not taken over; you are still supporting.")
      return false
    }
    guard takeLock() else {
      output("another terminal started driving this session meanwhile; you are still supporting.")
      return false
    }
    return true
  }

  /// Folds in the other terminals' lines; returns the redrawn screen when it changed.
  func refresh(force: Bool) -> String? {
    for entry in follower.readNew().entries where entry.writer != writer.writer {
      SessionEngine.fold(entry, into: &state)
      remember(entry)
    }
    let driving = leadIsDriving()
    let changed = driving != driverSeen
    driverSeen = driving
    return screen(force: force || changed)
  }

  var waitDescriptor: Int32? { follower.waitDescriptor }
  var timeoutMilliseconds: Int32 { follower.timeoutMilliseconds }

  private func remember(_ entry: JournalEntry) {
    guard LiveNews.line(for: entry, state: state) != nil else { return }
    recent.append(entry)
    if recent.count > SupportScreen.recentCount * 4 { recent.removeFirst() }
  }

  /// What to do when no terminal drives: a paused session handed back is continued with
  /// `rapport resume`; one whose driver is gone is taken over here.
  private var noDriverWords: String {
    state.isPaused
      ? "No terminal is driving this session; it is paused. To drive it, leave (/q) and run "
        + "'rapport resume' for it, or /takeover here."
      : "No terminal is driving this session (the lead's is gone): /takeover to drive."
  }

  /// The screen when its body changed (or `force`), else nil; the clock ticks in place.
  private func screen(force: Bool) -> String? {
    let live = terminal.outputIsTerminal && terminal.inputIsTerminal
    // Room for the driver notice and the UNSAVED line, when they are shown.
    let extra = (!driverSeen && !state.isEnded ? 1 : 0) + (unsaved > 0 ? 1 : 0)
    var text = SupportScreen.render(
      state, entries: recent, protocol: interviewProtocol, clock: state.clock(at: writer.now),
      width: terminal.width, color: terminal.color, role: role,
      height: live ? terminal.height - extra : nil)
    if !driverSeen, !state.isEnded {
      text += noDriverWords + "\n"
    }
    let status = currentStatus()
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
  private func currentStatus() -> [String] {
    let status = ScreenRenderer.status(
      state, protocol: interviewProtocol, clock: state.clock(at: writer.now), width: terminal.width,
      color: terminal.color)
    guard unsaved > 0 else { return status }
    return status + ["UNSAVED \(unsaved) — your entries kept in memory, not on disk"]
  }

  /// With no key pressed: the clock in place, or the whole view when more changed.
  func tick() -> ScreenUpdate? {
    // The whole view is rendered only when the status changed, at most once a second.
    let status = currentStatus()
    guard status != pinned.pinned else { return nil }
    if let text = screen(force: false) { return .redraw(text) }
    return pinned.update(status: status).map(ScreenUpdate.inPlace)
  }

  func resized(width: Int, height: Int) -> ScreenUpdate? {
    terminal.width = width
    terminal.height = height
    return screen(force: true).map(ScreenUpdate.redraw)
  }
}

/// Wakes the supporter's line editor when the journal grows.
private final class JoinFeed: BackgroundInput {
  weak var view: JoinRunner?

  init(view: JoinRunner) {
    self.view = view
  }

  var descriptor: Int32? { view?.waitDescriptor }
  var timeoutMilliseconds: Int32 { view?.timeoutMilliseconds ?? 1000 }

  func check() -> String? {
    view?.refresh(force: false)
  }
}

extension JoinRunner: TickingScreen {}

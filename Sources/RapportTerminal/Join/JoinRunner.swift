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

  /// This terminal as a value: the session folded, own lines included, the news it lists,
  /// whether a terminal drives and the question waiting (`SupportState`).
  public internal(set) var state: SupportState
  /// This terminal's own writer (its name and sequence numbers), kept after `/takeover`.
  public let writer: JournalWriter
  let interviewProtocol: InterviewProtocol
  let follower: JournalFollower
  private let reader: LineReader
  var terminal: TerminalInfo
  private let output: (String) -> Void
  let leadIsDriving: () -> Bool
  private let takeLock: () -> Bool
  let role: Role
  private let folder: SessionFolder?
  private let rescueRoots: [String]
  var lastBody = ""
  var lastDrawn = 0.0
  var pinned = PinnedStatusScreen()

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
    self.state = SupportState(session: state, recent: recent)
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

  /// Read, decide, effect, render: the `/takeover` question is the state's
  /// (`SupportState.question`), so this loop has no inner loop of its own.
  private func loop() -> Outcome {
    state.driverPresent = leadIsDriving()
    output(screenIfChanged(force: true) ?? "")
    while true {
      let input = reader.readLine(
        prompt: state.question?.prompt ?? (role == .support ? "support› " : "lead (following)› "))
      if let news = refresh(force: false) { output(news) }
      let command: SupportCommand
      switch input {
      case .terminated(let signal): return .terminated(signal: signal)
      case .endOfInput: command = .endOfInput
      case .line(let line): command = SupportCommandParser.parse(line, state: state)
      }
      if let outcome = handle(command) { return outcome }
    }
  }

  /// Decides `command`, journals its events, takes its question, carries out its effect and
  /// shows the result; returns how the view stopped, if it did.
  private func handle(_ command: SupportCommand) -> Outcome? {
    let decision = SupportDecider.decide(
      command, state: state, protocol: interviewProtocol,
      clock: state.session.clock(at: writer.now), role: role)
    let report = writer.commitKeeping(decision.events, to: &state.session)
    report.entries.forEach { state.remember($0) }
    let asked = decision.question != state.question
    state.question = decision.question
    var feedback = decision.feedback
    switch decision.effect {
    case .leave?: return .left
    case .takeDriverLock?:
      if takeLock() { return .takeOver }
      feedback.append(SupportDecider.lockTakenMeanwhile)
    case .redraw?, nil: break
    }
    let redraw = !decision.events.isEmpty || asked || decision.effect != nil
    if redraw, let screen = screenIfChanged(force: true) { output(screen) }
    if let failure = report.failure {
      if !report.entries.isEmpty {
        output(SavingWords.notSaved(failure, unsaved: report.unsaved, elsewhere: false))
      }
    } else {
      if report.recovered > 0 { output(SavingWords.savedNow(report.recovered)) }
      feedback.forEach(output)
    }
    return nil
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

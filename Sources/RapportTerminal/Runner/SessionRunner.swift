import Foundation
import RapportCore

/// Drives one live session: shows the screen, reads a line, journals what it means.
///
/// Every decision comes from the pure `SessionEngine`; this loop only reads, writes the
/// journal (each event on disk before the next prompt), folds the events and prints.
/// When the disk refuses an event the interview goes on: the event is kept in memory, in
/// order, shown as unsaved, and written with the next one (or elsewhere with `/saveto`).
public final class SessionRunner {
  /// How a run stopped.
  public enum Outcome: Equatable, Sendable {
    /// The session reached its end (completed, screened out, or ended early).
    case ended(EndReason)
    /// Stopped with the session paused or left in progress; `rapport resume` continues it.
    case stopped
    /// The terminal closed or the process was told to stop; the journal is intact.
    case terminated(signal: Int32)
  }

  public private(set) var state: SessionState
  /// Messages to show under the first screen.
  public var openingMessages: [String] = []
  /// The session's folder; another one after `/saveto`.
  public internal(set) var folder: SessionFolder?
  let interviewProtocol: InterviewProtocol
  let journal: JournalWriter
  let reader: LineReader
  let output: (String) -> Void
  var terminal: TerminalInfo
  let role: Role
  var follower: JournalFollower?
  /// Where the session is written when lines are still unsaved at the end.
  let rescueRoots: [String]
  /// The locks of the folder `/saveto` moved to.
  var movedLocks: [DriverLock] = []
  var lastScreen = ""
  /// The status lines pinned at the top of a real terminal, where the clock ticks.
  var pinned = PinnedStatusScreen()
  /// Rows the last screen drawn took, and rows printed under it since (messages, lines).
  var screenRows = 0
  var rowsBelowScreen = 0
  /// The latest message, said again when the screen is drawn anew to keep the question up.
  var lastSaid: String?
  /// What was said since the last line was read: a screen drawn anew (which clears the
  /// terminal) says it again under itself, so "not saved: the disk is full" is not wiped.
  var saidSinceInput: [String] = []

  /// - Parameters:
  ///   - role: who types at this terminal (the supporter after `/takeover`).
  ///   - follower: the shared journal from where this runner's state was read; lines the
  ///     other terminal appends are folded into the state and shown as they arrive.
  ///   - folder: the session's folder, copied by `/saveto` and at the end when lines are
  ///     still unsaved (into the first of `rescueRoots` that takes it).
  public init(
    protocol interviewProtocol: InterviewProtocol, state: SessionState, journal: JournalWriter,
    reader: LineReader, terminal: TerminalInfo, role: Role = .lead,
    follower: JournalFollower? = nil, folder: SessionFolder? = nil,
    rescueRoots: [String] = SessionCopier.rescueRoots(), output: @escaping (String) -> Void
  ) {
    self.interviewProtocol = interviewProtocol
    self.state = state
    self.folder = folder
    self.rescueRoots = rescueRoots
    self.journal = journal
    self.reader = reader
    self.terminal = terminal
    self.role = role
    self.follower = follower
    self.output = output
    let live = terminal.inputIsTerminal && terminal.outputIsTerminal
    reader.keepLive(
      background: follower.map { RunnerFeed(runner: self, follower: $0) },
      ticker: live ? ScreenTickerLink(self) : nil)
  }

  /// Folds in what other terminals appended since the last look; returns lines about it.
  ///
  /// This runner's own lines come back through the follower too and are skipped: they
  /// were folded when written.
  public func takeInNews() -> [String] {
    guard let follower else { return [] }
    var lines: [String] = []
    for entry in follower.readNew().entries where entry.writer != journal.writer {
      SessionEngine.fold(entry, into: &state)
      if let line = LiveNews.line(for: entry, state: state, color: terminal.color) {
        lines.append(line)
      }
    }
    return lines
  }

  /// Writes `events` (each fsync'd) and folds them into the state, in order; what the disk
  /// refuses is kept in memory and said so. Returns false when something is unsaved.
  @discardableResult
  public func commit(_ events: [SessionEvent]) -> Bool {
    let report = journal.commitKeeping(events, to: &state)
    reportSaving(report)
    return report.failure == nil
  }

  /// Entries kept in memory, not on disk.
  public var unsaved: Int { journal.pending.count }

  /// Runs until the session ends, input ends, or a signal stops it.
  ///
  /// Entries still unsaved at the end are written to a copy of the session in the first
  /// rescue folder that takes it; `unsaved` says whether any are left.
  public func run() -> Outcome {
    defer {
      let release = pinned.release()
      if !release.isEmpty { output(release) }
    }
    let outcome = loop()
    rescueUnsaved()
    return outcome
  }

  /// Read, decide, commit, render: the modes (a y/n question, Ctrl-D's pause-or-end) are
  /// the state's (`SessionState.question`), so this loop has no inner loop of its own.
  private func loop() -> Outcome {
    showScreenIfChanged(force: true)
    // Said before the runner started (the answer to the recording question): shown below
    // the first screen, which would otherwise clear it away.
    openingMessages.forEach(say)
    openingMessages = []
    while true {
      if let reason = state.endReason {
        return .ended(reason)
      }
      if state.question == nil { keepTheStepOnScreen() }
      let input = reader.readLine(prompt: prompt)
      saidSinceInput = []
      rowsBelowScreen += 1
      takeInNews().forEach(say)
      let command: SessionCommand
      switch input {
      // A closed terminal while Ctrl-D's question waits leaves as a second Ctrl-D does.
      case .terminated where state.question == .pauseOrEnd:
        command = .endOfInput(interactive: false)
      case .terminated(let signal):
        output(
          "\nStopped by signal \(signal); "
            + (unsaved == 0 ? "everything typed so far is saved." : "saving what is unsaved."))
        return .terminated(signal: signal)
      case .endOfInput: command = .endOfInput(interactive: terminal.inputIsTerminal)
      case .line(let line):
        command = CommandParser.parse(line, state: state, protocol: interviewProtocol, role: role)
      }
      if handle(command) { return .stopped }
    }
  }

  /// Decides `command`, commits its events, takes its question and shows the result;
  /// returns true when the runner should stop.
  private func handle(_ command: SessionCommand) -> Bool {
    if case .saveTo(let path) = command {
      saveTo(path)
      return false
    }
    let decision = SessionEngine.decide(
      command, state: state, protocol: interviewProtocol, clock: state.clock(at: journal.now))
    let saved = commit(decision.events)
    state.question = decision.question
    if decision.leaves { return true }
    showScreenIfChanged(force: decision.redraw)
    // "note saved at …" would be untrue; the sentence about the disk said what happened.
    decision.feedback.filter { saved || !$0.contains("saved") }.forEach(say)
    if let question = decision.question { say(question.text) }
    reader.takeNotices().forEach(say)
    return false
  }

  /// Prints a message word-wrapped to the terminal, never cut mid-word by the terminal.
  func say(_ message: String) {
    let lines = TextWrap.message(message, width: terminal.width)
    rowsBelowScreen += lines.count
    lastSaid = message
    saidSinceInput.append(message)
    output(lines.joined(separator: "\n"))
  }

  private var prompt: String {
    state.question?.prompt ?? (state.isPaused ? "paused› " : "› ")
  }

  /// Reprints the screen when what it shows changed; on a terminal it replaces the old one.
  func showScreenIfChanged(force: Bool) {
    guard let screen = screenIfChanged(force: force) else { return }
    output(screen)
    if pinned.isActive {
      let again = saidSinceInput
      saidSinceInput = []
      again.forEach(say)
    }
  }
}

/// Feeds the other terminal's journal lines to a runner while its interviewer types.
private final class RunnerFeed: BackgroundInput {
  weak var runner: SessionRunner?
  let follower: JournalFollower

  init(runner: SessionRunner, follower: JournalFollower) {
    self.runner = runner
    self.follower = follower
  }

  var descriptor: Int32? { follower.waitDescriptor }
  var timeoutMilliseconds: Int32 { follower.timeoutMilliseconds }

  func check() -> String? {
    guard let lines = runner?.takeInNews(), !lines.isEmpty else { return nil }
    return lines.map { $0 + "\n" }.joined()
  }
}

import ArgumentParser
import Foundation
import RapportCore
import RapportTerminal

/// Wires the join runner to the terminal, and turns it into the driver on `/takeover`.
enum JoinSession {
  /// `adjusting` fills the protocol's site placeholders (`--study`), again after `/takeover`.
  static func follow(
    _ joined: SessionOpener.Joined, role: Role, store: SessionStore,
    adjusting: @escaping (SessionStart, InterviewProtocol) -> InterviewProtocol
  ) throws {
    let terminal = TerminalInfo.current(environment: ProcessInfo.processInfo.environment)
    if joined.state.isEnded {
      // The end is the end: an ended session is shown, never written to.
      print(
        SupportScreen.render(
          joined.state, entries: joined.entries, protocol: joined.protocolValue,
          clock: joined.state.lastClock, width: terminal.width, color: terminal.color, role: role),
        terminator: "")
      print(
        "This session has ended; it is read-only. Export it with: "
          + PasteableCommand.line("export", joined.folder))
      return
    }
    let reader: LineReader
    if terminal.inputIsTerminal {
      reader = ReadlineLineReader(historyPath: nil) { line in
        line.hasPrefix("/") ? SupportCommandParser.completions(for: line) : []
      }
    } else {
      SignalPipe.install()
      reader = PlainLineReader()
    }
    let folder = joined.folder
    let lock = DriverHandle()
    let view = JoinRunner(
      protocol: joined.protocolValue, state: joined.state, recent: joined.entries,
      writer: joined.writer, follower: joined.follower, reader: reader, terminal: terminal,
      role: role, folder: folder, leadIsDriving: { DriverLock.isHeld(folder) },
      takeLock: { lock.take(folder) }, output: { print($0) })
    let outcome = view.run()
    guard view.unsaved == 0 || outcome == .takeOver else {
      try StandardError.fail("\(SavingWords.entries(view.unsaved)) of yours not saved anywhere.")
    }
    switch outcome {
    case .left:
      print(
        DriverLock.isHeld(folder)
          ? "Left the session; it goes on in the lead's terminal."
          : "Left the session; no terminal drives it. Continue with: "
            + PasteableCommand.line("resume", folder)
      )
    case .terminated(let signal):
      throw ExitCode(128 + signal)
    case .takeOver:
      try withExtendedLifetime(lock) {
        try drive(
          after: view, joined: joined, role: role, store: store, terminal: terminal,
          adjusting: adjusting)
      }
    }
  }

  /// The supporter drives from here: same journal, same writer and sequence numbers.
  private static func drive(
    after view: JoinRunner, joined: SessionOpener.Joined, role: Role, store: SessionStore,
    terminal: TerminalInfo, adjusting: (SessionStart, InterviewProtocol) -> InterviewProtocol
  ) throws {
    // Read again under the lock: sets a torn tail of the dead driver aside.
    var opened = try StandardError.failing {
      try SessionOpener(store: store, clock: SystemClock()).resume(
        joined.folder, as: role, holding: view.writer.journalFile, adjusting: adjusting)
    }
    opened.report.forEach { StandardError.note($0) }
    opened.writer = view.writer
    let report = opened.writer.commitKeeping([.sessionResumed], to: &opened.state)
    if let failure = report.failure {
      StandardError.note(SavingWords.notSaved(failure, unsaved: report.unsaved))
    }
    print("You are driving the session now; the lead can follow with: rapport join --as lead")
    try LiveSession.drive(
      opened, terminal: terminal, role: role,
      historyPath: "\(joined.folder.path)/history-\(role.rawValue)")
  }
}

/// Holds the driver lock once `/takeover` took it, for as long as this process drives.
private final class DriverHandle {
  var lock: DriverLock?

  func take(_ folder: SessionFolder) -> Bool {
    lock = try? DriverLock.acquire(folder)
    return lock != nil
  }
}

import ArgumentParser
import Foundation
import RapportCore
import RapportTerminal

/// Wires a runner to the real terminal and reports where the notes went.
enum LiveSession {
  static func resume(_ folder: SessionFolder, opener: SessionOpener, terminal: TerminalInfo) throws
  {
    let lock = try takeLock(folder)
    defer { withExtendedLifetime(lock) {} }
    var opened: SessionOpener.Opened
    do {
      opened = try opener.resume(folder, as: .lead)
    } catch {
      printError("error: \(error.localizedDescription)")
      throw ExitCode(1)
    }
    opened.report.forEach { printError("note: \($0)") }
    guard !opened.state.isEnded else {
      print("This session has already ended. Export it with: rapport export \(folder.name)")
      return
    }
    // A disk still full does not stop the resume: the line waits in memory like any other.
    let report = opened.writer.commitKeeping(SessionEngine.resume(opened.state), to: &opened.state)
    if let failure = report.failure {
      printError("note: " + SavingWords.notSaved(failure, unsaved: report.unsaved))
    }
    try drive(opened, terminal: terminal)
  }

  /// False when `RAPPORT_FOLLOW=poll`: the other terminal's lines are then found by polling
  /// every 100 ms instead of inotify (for file systems without it, and for measuring).
  static var followsWithNotifications: Bool {
    ProcessInfo.processInfo.environment["RAPPORT_FOLLOW"] != "poll"
  }

  /// Makes this process the session's only driver, or stops with a clear message.
  ///
  /// The lead's writer lock comes with it, so a lead who re-attached with `rapport join`
  /// cannot append as `lead` from two processes at once.
  static func takeLock(_ folder: SessionFolder) throws -> [DriverLock] {
    do {
      if let lock = try DriverLock.acquire(folder) {
        if let writer = try DriverLock.acquireWriter(folder, writer: Role.lead.rawValue) {
          return [lock, writer]
        }
        printError(
          "error: the lead is attached to session '\(folder.name)' with 'rapport join' in "
            + "another terminal; leave it there (/q) first")
        throw ExitCode(1)
      }
    } catch let error as StorageError {
      printError("error: \(error.localizedDescription)")
      throw ExitCode(1)
    }
    printError(
      "error: session '\(folder.name)' is being driven in another terminal right now "
        + "(only one terminal can drive it); follow it with: rapport join \(folder.name)")
    throw ExitCode(1)
  }

  static func drive(
    _ opened: SessionOpener.Opened, terminal: TerminalInfo, role: Role = .lead,
    historyPath: String? = nil
  ) throws {
    let reader: LineReader
    let current = RunnerReference()
    if terminal.inputIsTerminal {
      let value = opened.protocolValue
      reader = ReadlineLineReader(historyPath: historyPath ?? opened.folder.historyPath) { line in
        guard let state = current.runner?.state else { return [] }
        return CommandParser.completions(for: line, state: state, protocol: value)
      }
    } else {
      SignalPipe.install()
      reader = PlainLineReader()
    }
    let follower = try? JournalFollower(
      path: opened.folder.journalPath, from: opened.followFrom,
      useNotifications: followsWithNotifications)
    let runner = SessionRunner(
      protocol: opened.protocolValue, state: opened.state, journal: opened.writer, reader: reader,
      terminal: terminal, role: role, follower: follower, folder: opened.folder,
      output: { print($0) })
    current.runner = runner
    let outcome = runner.run()
    let folder = runner.folder ?? opened.folder
    // Moved by /saveto or the rescue: only its path finds it from the responses folder.
    let name = folder == opened.folder ? folder.name : folder.path
    guard runner.unsaved == 0 else {
      printError(
        "error: \(SavingWords.entries(runner.unsaved)) not saved anywhere; everything before is in "
          + "'\(folder.path)'.")
      throw ExitCode(1)
    }
    switch outcome {
    case .ended:
      print("Session ended. Notes are in \(folder.path)/.")
      print("Export them with: rapport export \(name) --format markdown")
    case .stopped, .terminated:
      print("Session saved, not ended. Continue with: rapport resume \(name)")
    }
    if case .terminated(let signal) = outcome { throw ExitCode(128 + signal) }
  }
}

/// Lets Tab completion see the runner's latest state without owning the runner.
private final class RunnerReference {
  weak var runner: SessionRunner?
}

import ArgumentParser
import Foundation
import RapportCore
import RapportTerminal

/// Wires a runner to the real terminal and reports where the notes went.
enum LiveSession {
  /// `adjusting` changes the snapshot's protocol before the replay (see `SessionOpener`).
  static func resume(
    _ folder: SessionFolder, opener: SessionOpener, terminal: TerminalInfo,
    adjusting: (SessionStart, InterviewProtocol) -> InterviewProtocol
  ) throws {
    let lock = try takeLock(folder)
    defer { withExtendedLifetime(lock) {} }
    var opened = try StandardError.failing {
      try opener.resume(folder, as: .lead, adjusting: adjusting)
    }
    opened.report.forEach { StandardError.note($0) }
    guard !opened.state.isEnded else {
      print(
        "This session has already ended. Export it with: "
          + PasteableCommand.line("export", folder))
      return
    }
    // A disk still full does not stop the resume: the line waits in memory like any other.
    let report = opened.writer.commitKeeping(SessionEngine.resume(opened.state), to: &opened.state)
    if let failure = report.failure {
      StandardError.note(SavingWords.notSaved(failure, unsaved: report.unsaved))
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
    guard let lock = try StandardError.failing({ try DriverLock.acquire(folder) }) else {
      try StandardError.fail(
        "session '\(folder.name)' is being driven in another terminal right now "
          + "(only one terminal can drive it); follow it with: rapport join \(folder.name)")
    }
    guard
      let writer = try StandardError.failing({
        try DriverLock.acquireWriter(folder, writer: Role.lead.rawValue)
      })
    else {
      try StandardError.fail(
        "the lead is attached to session '\(folder.name)' with 'rapport join' in "
          + "another terminal; leave it there (/q) first")
    }
    return [lock, writer]
  }

  /// Runs the session to its end or a stop; `announces` says where the notes are and how
  /// to export or resume them (`rapport screen` says its own words instead). Returns the
  /// folder the session is in (moved by /saveto or the rescue, it is a new one).
  @discardableResult
  static func drive(
    _ opened: SessionOpener.Opened, terminal: TerminalInfo, role: Role = .lead,
    historyPath: String? = nil, announces: Bool = true
  ) throws -> SessionFolder {
    var opened = opened
    // Asked before the session's own reader exists, so the answer is not in its history.
    let (handBack, recordingWords) = try checkRecording(&opened, terminal: terminal)
    var reader: LineReader
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
    if let handBack { reader = HandBackLineReader(first: handBack, then: reader) }
    // Piped input waits on nothing but stdin: inotify would only be drained, never waited on.
    let follower = try? JournalFollower(
      path: opened.folder.journalPath, from: opened.followFrom,
      useNotifications: followsWithNotifications && terminal.inputIsTerminal,
      skipping: opened.writer.journalFile)
    let runner = SessionRunner(
      protocol: opened.protocolValue, state: opened.state, journal: opened.writer, reader: reader,
      terminal: terminal, role: role, follower: follower, folder: opened.folder,
      output: { print($0) })
    runner.openingMessages = recordingWords
    current.runner = runner
    let outcome = runner.run()
    let folder = runner.folder ?? opened.folder
    // Moved by /saveto or the rescue, it is found with `--responses` and its new folder.
    guard runner.unsaved == 0 else {
      try StandardError.fail(
        "\(SavingWords.entries(runner.unsaved)) not saved anywhere; everything before is in "
          + "'\(folder.path)'.")
    }
    if case .terminated(let signal) = outcome, !announces { throw ExitCode(128 + signal) }
    guard announces else { return folder }
    switch outcome {
    case .ended:
      print("Session ended. Notes are in \(folder.path)/.")
      print(
        "Export them with: " + PasteableCommand.line("export", folder, extra: "--format markdown"))
    case .stopped, .terminated:
      print("Session saved, not ended. Continue with: " + PasteableCommand.line("resume", folder))
    }
    if case .terminated(let signal) = outcome { throw ExitCode(128 + signal) }
    return folder
  }
}

extension LiveSession {
  /// After an outage with the recording running, asks whether the recorder kept going and
  /// journals the answer (`RecordingCheck`).
  ///
  /// Piped input answers on its next line; a line that is neither y nor n is no answer (the
  /// recording is assumed to have kept running) and is returned, for the session to read.
  static func checkRecording(_ opened: inout SessionOpener.Opened, terminal: TerminalInfo)
    throws -> (handBack: String?, feedback: [String])
  {
    guard RecordingCheck.isDue(opened.state) else { return (nil, []) }
    let reader = ExistingSessionChoice.questionReader(terminal)
    // Wrapped at words, as every runner message is: the question is read under stress.
    print(TextWrap.message(RecordingCheck.question, width: terminal.width).joined(separator: "\n"))
    var decision: Decision?
    var handBack: String?
    while decision == nil {
      switch reader.readLine(prompt: "recording still running? (y/n)› ") {
      case .line(let reply):
        decision = RecordingCheck.decide(reply: reply, state: opened.state)
        if decision == nil {
          if terminal.inputIsTerminal {
            print("type y (the recorder kept going) or n (it stopped)")
          } else {
            handBack = reply
            decision = RecordingCheck.decide(reply: nil, state: opened.state)
          }
        }
      case .endOfInput, .terminated:
        decision = RecordingCheck.decide(reply: nil, state: opened.state)
      }
    }
    let answer = decision ?? Decision()
    try StandardError.failing { try opened.writer.commit(answer.events, to: &opened.state) }
    return (handBack, answer.feedback)
  }
}

/// Gives back a line read too early, then reads on from the real reader.
private final class HandBackLineReader: LineReader {
  private var first: String?
  private let then: LineReader

  init(first: String, then: LineReader) {
    self.first = first
    self.then = then
  }

  func readLine(prompt: String) -> LineInput {
    if let line = first {
      first = nil
      return .line(line)
    }
    return then.readLine(prompt: prompt)
  }
}

/// Lets Tab completion see the runner's latest state without owning the runner.
private final class RunnerReference {
  weak var runner: SessionRunner?
}

import CReadline
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// GNU readline on a terminal: line editing, per-session history on the up arrow, and
/// Tab completion of commands, step ids and choice labels.
///
/// Every line typed is in the up-arrow history at once, before it is journaled, so a line
/// the disk refused can always be recalled; the `history` file behind it is capped
/// (`HistoryFile`).
///
/// Uses readline's callback interface inside a `poll` loop, so signals and (later) live
/// messages from the other interviewer can be handled without losing the typed line:
/// Ctrl-C clears the line and carries on; SIGHUP and SIGTERM return `.terminated`.
public final class ReadlineLineReader: LineReader {
  /// Given the whole line typed so far, the whole lines it may complete to.
  ///
  /// Whole lines, not words, because choice labels contain spaces.
  public typealias Completer = (_ line: String) -> [String]

  private let history: HistoryFile?
  /// What else the editor waits on while a line is typed (the other terminal's journal
  /// lines); its news is printed above the line being typed, which stays intact.
  public var background: BackgroundInput?
  /// Keeps the status line's clock ticking and redraws the screen on a window resize.
  public var ticker: ScreenTicker?
  private var lastTick: Int64 = 0

  public init(historyPath: String?, completer: @escaping Completer) {
    history = historyPath.map { HistoryFile(path: $0) }
    ReadlineState.completer = completer
    SignalPipe.install()
    // Option labels contain spaces: the completer gets the whole line, never a word.
    rapport_rl_configure(
      Self.cString(Self.programName),
      { text, _, _ in
        rapport_rl_no_filename_completion()
        let line = rapport_rl_line_buffer().map { String(cString: $0) } ?? ""
        ReadlineState.candidates = ReadlineState.completer?(line) ?? []
        return rl_completion_matches(text) { _, state in
          if state == 0 { ReadlineState.nextCandidate = 0 }
          guard ReadlineState.nextCandidate < ReadlineState.candidates.count else { return nil }
          let candidate = ReadlineState.candidates[ReadlineState.nextCandidate]
          ReadlineState.nextCandidate += 1
          return strdup(candidate)
        }
      }, Self.cString(Self.wordBreaks))
    using_history()
    stifle_history(Int32(HistoryFile.keptLines))
    // Read only: the file is made with the first line typed, so a session that never gets
    // a line in (a resume on a full disk) leaves no empty file behind.
    history?.load().forEach { add_history($0) }
  }

  /// What the reader has to say (once: the history file could not be written), then nil.
  public func takeNotices() -> [String] {
    history?.takeNotice().map { [$0] } ?? []
  }

  /// Stores the typed lines in `path` from now on (the session moved with `/saveto`).
  public func moveHistory(to path: String) {
    history?.move(to: path)
  }

  public func readLine(prompt: String) -> LineInput {
    ReadlineState.finished = false
    ReadlineState.result = nil
    rl_callback_handler_install(prompt) { line in
      ReadlineState.finished = true
      if let line {
        ReadlineState.result = String(cString: line)
        free(line)
      } else {
        ReadlineState.result = nil
      }
      rl_callback_handler_remove()
    }
    // The first prompt has put the terminal in readline's mode; it stays there until the
    // session ends, so keys typed while the runner writes are read, not lost.
    rapport_rl_hold_terminal()
    while !ReadlineState.finished {
      var fds = [
        pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
        pollfd(fd: SignalPipe.readEnd, events: Int16(POLLIN), revents: 0),
      ]
      if let extra = background?.descriptor {
        fds.append(pollfd(fd: extra, events: Int16(POLLIN), revents: 0))
      }
      let ready = poll(&fds, nfds_t(fds.count), waitMilliseconds)
      if ready < 0 {
        if errno == EINTR { continue }
        rl_callback_handler_remove()
        return .endOfInput
      }
      tickIfDue()
      if let background, ready == 0 || fds.count > 2 && fds[2].revents != 0 {
        if let news = background.check(), !news.isEmpty {
          rapport_rl_print_above(news)
        }
      }
      if fds[1].revents != 0 {
        for signalNumber in SignalPipe.drain() {
          if signalNumber == SIGINT {
            clearLine()
          } else if signalNumber == SIGWINCH {
            resized()
          } else {
            rl_callback_handler_remove()
            return .terminated(signal: signalNumber)
          }
        }
      }
      if fds[0].revents & Int16(POLLIN | POLLHUP | POLLERR) != 0 {
        rl_callback_read_char()
      }
    }
    guard let line = ReadlineState.result else {
      print("")
      return .endOfInput
    }
    remember(line)
    return .line(line)
  }

  public func keepLive(background: BackgroundInput?, ticker: ScreenTicker?) {
    self.background = background
    self.ticker = ticker
  }

  deinit {
    rapport_rl_release_terminal()
  }

  /// The longest `poll` wait: the sooner of the news check and the clock's next tick.
  private var waitMilliseconds: Int32 {
    var waits = [background?.timeoutMilliseconds].compactMap { $0 }
    if let ticker {
      let since = Self.milliseconds() - lastTick
      waits.append(
        Int32(max(0, min(Int64(ticker.tickMilliseconds), Int64(ticker.tickMilliseconds) - since))))
    }
    return waits.min() ?? -1
  }

  /// Ticks on time even while keys arrive, so typing never freezes the clock.
  private func tickIfDue() {
    guard let ticker else { return }
    let now = Self.milliseconds()
    guard now - lastTick >= Int64(ticker.tickMilliseconds) else { return }
    lastTick = now
    if let update = ticker.tick() { show(update) }
  }

  private static func milliseconds() -> Int64 {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Int64(now.tv_sec) * 1000 + Int64(now.tv_nsec) / 1_000_000
  }

  private func show(_ update: ScreenUpdate) {
    switch update {
    case .inPlace(let text): rapport_rl_write_raw(text)
    case .redraw(let text): rapport_rl_print_above(text)
    }
  }

  private func resized() {
    rl_resize_terminal()
    let size = TerminalInfo.size()
    if let update = ticker?.resized(width: size.width, height: size.height) { show(update) }
  }

  /// Ctrl-C: the half-typed line goes, the session stays.
  private func clearLine() {
    rapport_rl_clear_line()
  }

  private func remember(_ line: String) {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    guard !trimmed.isEmpty else { return }
    add_history(line)
    history?.append(line)
  }

  private static let programName: StaticString = "rapport"
  private static let wordBreaks: StaticString = "\n"

  private static func cString(_ text: StaticString) -> UnsafePointer<CChar> {
    UnsafeRawPointer(text.utf8Start).assumingMemoryBound(to: CChar.self)
  }
}

/// Readline calls back through C function pointers, which cannot capture context; the
/// reader's state lives here. Readline is single-threaded and so is its use.
private enum ReadlineState {
  nonisolated(unsafe) static var completer: ReadlineLineReader.Completer?
  nonisolated(unsafe) static var candidates: [String] = []
  nonisolated(unsafe) static var nextCandidate = 0
  nonisolated(unsafe) static var finished = false
  nonisolated(unsafe) static var result: String?
}

import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs a program on a real pseudo-terminal, as an interviewer's terminal would, so tests
/// can type keys (arrows, Tab, Ctrl-C) and wait for what appears on the screen.
///
/// Waiting is always for expected text with a deadline, never a bare sleep.
public final class PseudoTerminal {
  public let pid: pid_t
  private let master: Int32
  private var raw = Data()
  private var consumed = 0

  public enum Failure: Error, CustomStringConvertible {
    case cannotOpen(String)
    case cannotSpawn(Int32)
    case timedOut(waitingFor: String, screen: String)

    public var description: String {
      switch self {
      case .cannotOpen(let what): "cannot open a pseudo-terminal: \(what)"
      case .cannotSpawn(let code): "cannot start the program: \(String(cString: strerror(code)))"
      case .timedOut(let text, let screen):
        "timed out waiting for \(text.debugDescription); the screen so far:\n\(screen)"
      }
    }
  }

  /// Starts `executable` as the session leader of a new terminal of the given size.
  public init(
    executable: String, arguments: [String], environment: [String: String] = [:],
    columns: UInt16 = 100, rows: UInt16 = 40
  ) throws {
    // posix_openpt and friends are not visible from Swift's Glibc module; these are
    // the Linux ioctls they wrap (TIOCSPTLCK to unlock, TIOCGPTN for the number).
    let fd = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
    var unlock: Int32 = 0
    var number: UInt32 = 0
    guard fd >= 0, ioctl(fd, 0x4004_5431, &unlock) == 0, ioctl(fd, 0x8004_5430, &number) == 0
    else {
      throw Failure.cannotOpen(String(cString: strerror(errno)))
    }
    let slavePath = "/dev/pts/\(number)"
    var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(fd, UInt(TIOCSWINSZ), &size)

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    // Opened after setsid, the terminal becomes the child's controlling terminal, so
    // Ctrl-C reaches it as SIGINT exactly as on a real terminal.
    posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
    posix_spawn_file_actions_adddup2(&actions, 0, 1)
    posix_spawn_file_actions_adddup2(&actions, 0, 2)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var defaults = sigset_t()
    sigfillset(&defaults)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    var noMask = sigset_t()
    sigemptyset(&noMask)
    posix_spawnattr_setsigmask(&attributes, &noMask)
    let setsid: Int16 = 0x80  // POSIX_SPAWN_SETSID (glibc)
    posix_spawnattr_setflags(
      &attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK) | setsid)

    var env = ProcessInfo.processInfo.environment
    env["TERM"] = "xterm"
    env["COLUMNS"] = nil
    env["LINES"] = nil
    for (key, value) in environment { env[key] = value }
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    var child: pid_t = 0
    let status = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
    guard status == 0 else {
      close(fd)
      throw Failure.cannotSpawn(status)
    }
    pid = child
    master = fd
  }

  deinit {
    kill(pid, SIGKILL)
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    close(master)
  }

  /// Types `text` as keystrokes (use "\r" for Enter, "\t" for Tab, "\u{1B}[A" for up).
  public func type(_ text: String) {
    let bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let count = bytes[offset...].withUnsafeBytes { buffer in
        write(master, buffer.baseAddress, buffer.count)
      }
      if count <= 0 { return }
      offset += count
    }
  }

  /// Everything shown so far, with terminal control sequences removed.
  public var screen: String { Self.plainText(raw) }

  /// Every byte the program wrote so far (as far as waited for), escape codes and all:
  /// what the terminal acted on.
  public var output: Data { raw }

  /// Waits until `text` appears after the last thing waited for; returns the new output.
  @discardableResult
  public func waitFor(_ text: String, timeout: Double = 15) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      let fresh = Self.plainText(raw.suffix(from: consumed))
      // Screens wrap long text at the terminal's width: match across line breaks.
      let flowing = Self.collapsingWhitespace(fresh)
      if let range = flowing.range(of: Self.collapsingWhitespace(text)) {
        // The next wait starts after this match.
        consumed = advance(
          from: consumed,
          pastFlowing: flowing.distance(from: flowing.startIndex, to: range.upperBound))
        return fresh
      }
      let remaining = deadline.timeIntervalSinceNow
      if remaining <= 0 || !readMore(timeout: remaining) && remaining <= 0 {
        throw Failure.timedOut(waitingFor: text, screen: Self.plainText(raw.suffix(from: consumed)))
      }
    }
  }

  /// Changes the window's size, as dragging a terminal window's corner does (SIGWINCH).
  public func resize(columns: UInt16, rows: UInt16) {
    var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(master, UInt(TIOCSWINSZ), &size)
  }

  /// Sends a signal to the program (SIGKILL to simulate a crash or a power cut).
  public func send(signal: Int32) {
    kill(pid, signal)
  }

  /// Waits for the program to exit and returns its exit status, or nil on timeout.
  public func waitForExit(timeout: Double = 15) -> Int32? {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      var status: Int32 = 0
      let result = waitpid(pid, &status, WNOHANG)
      if result == pid {
        _ = readMore(timeout: 0.05)
        if status & 0x7f == 0 { return (status >> 8) & 0xff }
        return 128 + (status & 0x7f)
      }
      _ = readMore(timeout: 0.05)
    }
    return nil
  }

  /// Reads whatever the program printed within `timeout` seconds; false if nothing came.
  private func readMore(timeout: Double) -> Bool {
    var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    let ready = poll(&descriptor, 1, Int32(max(0, min(timeout, 0.2)) * 1000))
    guard ready > 0 else { return false }
    var buffer = [UInt8](repeating: 0, count: 8192)
    let count = read(master, &buffer, buffer.count)
    guard count > 0 else { return false }
    raw.append(contentsOf: buffer[0..<count])
    return true
  }

  /// The raw offset at which `count` characters of collapsed screen text have been shown.
  private func advance(from start: Int, pastFlowing count: Int) -> Int {
    var low = start
    var high = raw.count
    while low < high {
      let middle = (low + high) / 2
      if Self.collapsingWhitespace(Self.plainText(raw[start..<middle])).count >= count {
        high = middle
      } else {
        low = middle + 1
      }
    }
    return low
  }

  /// Every run of spaces and line breaks as one space, so wrapped text reads as written.
  static func collapsingWhitespace(_ text: String) -> String {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
  }

  /// Strips escape sequences and carriage returns, the way a person reads the screen.
  public static func plainText<Bytes: Collection>(_ bytes: Bytes) -> String
  where Bytes.Element == UInt8 {
    let text = String(decoding: Array(bytes), as: UTF8.self)
    var result = ""
    var iterator = text.unicodeScalars.makeIterator()
    while let scalar = iterator.next() {
      if scalar == "\u{1B}" {
        guard let kind = iterator.next() else { break }
        if kind == "[" {
          while let next = iterator.next(), !(0x40...0x7E).contains(next.value) {}
        } else if kind == "]" {
          while let next = iterator.next(), next != "\u{07}" {}
        } else if kind == "(" || kind == ")" {
          _ = iterator.next()
        }
        continue
      }
      if scalar == "\r" || scalar == "\u{07}" { continue }
      result.unicodeScalars.append(scalar)
    }
    return result
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Turns SIGINT, SIGHUP, SIGTERM and SIGWINCH (the window changed size) into bytes on a pipe, so the input loop can `poll`
/// for them next to the keyboard and act outside the signal handler.
public enum SignalPipe {
  nonisolated(unsafe) private static var writeEnd: Int32 = -1
  nonisolated(unsafe) public private(set) static var readEnd: Int32 = -1

  /// Installs the handlers once; later calls do nothing.
  public static func install() {
    guard readEnd < 0 else { return }
    var fds: [Int32] = [0, 0]
    guard pipe(&fds) == 0 else { return }
    for fd in fds {
      _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
      _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
    }
    readEnd = fds[0]
    writeEnd = fds[1]
    for signalNumber in [SIGINT, SIGHUP, SIGTERM, SIGWINCH] {
      var action = sigaction()
      #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = { number in
          var byte = UInt8(truncatingIfNeeded: number)
          _ = write(SignalPipe.writeEnd, &byte, 1)
        }
      #else
        action.__sigaction_u.__sa_handler = { number in
          var byte = UInt8(truncatingIfNeeded: number)
          _ = write(SignalPipe.writeEnd, &byte, 1)
        }
      #endif
      sigemptyset(&action.sa_mask)
      action.sa_flags = SA_RESTART
      sigaction(signalNumber, &action, nil)
    }
    signal(SIGPIPE, SIG_IGN)
  }

  /// The signals that arrived since the last call, oldest first.
  public static func drain() -> [Int32] {
    guard readEnd >= 0 else { return [] }
    var result: [Int32] = []
    var byte: UInt8 = 0
    while read(readEnd, &byte, 1) == 1 {
      result.append(Int32(byte))
    }
    return result
  }
}

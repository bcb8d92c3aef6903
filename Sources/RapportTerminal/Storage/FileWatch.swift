#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A kernel notification (Linux inotify) that a file was written to.
///
/// The descriptor becomes readable after each write; `drain` empties it. Where inotify does
/// not exist (macOS) or cannot be set up (no watches left), the initializer fails and the
/// follower falls back to polling.
final class FileWatch {
  let descriptor: Int32

  init?(path: String) {
    #if os(Linux)
      let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
      guard fd >= 0 else { return nil }
      // IN_MODIFY: a write; IN_ATTRIB/IN_CLOSE_WRITE cover truncation and rewrites.
      let mask = UInt32(IN_MODIFY) | UInt32(IN_ATTRIB) | UInt32(IN_CLOSE_WRITE)
      guard inotify_add_watch(fd, path, mask) >= 0 else {
        close(fd)
        return nil
      }
      descriptor = fd
    #else
      return nil
    #endif
  }

  deinit { close(descriptor) }

  /// Reads and forgets the pending notifications; the follower rereads the file anyway.
  func drain() {
    var buffer = [UInt8](repeating: 0, count: 4096)
    // Events without a name take 16 bytes each and identical ones are merged: a read that
    // leaves room for more took them all (a later one makes the descriptor readable again).
    while read(descriptor, &buffer, buffer.count) > buffer.count - 512 {}
  }
}

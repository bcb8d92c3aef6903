import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The one process driving a session holds this lock for as long as it runs.
///
/// An `flock` on `driver.lock` in the session folder: the kernel drops it when the process
/// dies, even by kill -9, so a crashed session is never left looking "in progress", and a
/// second terminal cannot drive the same session by mistake.
public final class DriverLock {
  private let descriptor: Int32

  private init(descriptor: Int32) {
    self.descriptor = descriptor
  }

  deinit {
    flock(descriptor, LOCK_UN)
    close(descriptor)
  }

  /// Takes the lock, or returns nil when another process is driving the session.
  public static func acquire(_ folder: SessionFolder) throws(StorageError) -> DriverLock? {
    try acquire(path: folder.lockPath)
  }

  /// Takes the lock that makes this process the only one appending as `writer`, or returns
  /// nil when another process is: per-writer sequence numbers stay unique and contiguous.
  public static func acquireWriter(_ folder: SessionFolder, writer: String)
    throws(StorageError) -> DriverLock?
  {
    try acquire(path: "\(folder.path)/writer-\(writer).lock")
  }

  private static func acquire(path: String) throws(StorageError) -> DriverLock? {
    // Never through a planted link, never a FIFO (which would block the open).
    let fd = try SessionFile.open(path, O_RDWR, creating: true)
    // `isHeld` probes with a shared lock for a moment; a few short retries keep such a
    // probe (a `rapport join` checking once a second) from refusing a real driver.
    var attempts = 0
    while flock(fd, LOCK_EX | LOCK_NB) != 0 {
      attempts += 1
      guard attempts < 5 else {
        close(fd)
        return nil
      }
      usleep(20_000)
    }
    return DriverLock(descriptor: fd)
  }

  /// True when some process is driving the session now.
  public static func isHeld(_ folder: SessionFolder) -> Bool {
    let fd = open(folder.lockPath, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    if flock(fd, LOCK_SH | LOCK_NB) == 0 {
      flock(fd, LOCK_UN)
      return false
    }
    return true
  }
}

extension SessionFolder {
  /// The driver's lock file.
  public var lockPath: String { "\(path)/driver.lock" }
}

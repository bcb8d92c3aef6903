import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The system calls of the journal's file layer, behind one seam.
///
/// The product uses `SystemFileCalls` (the C library); tests hand in a fake that makes the
/// Nth call of a kind fail with `ENOSPC`, `EIO` or `EFBIG`, or write short, to prove that
/// a failing disk never ends an interview nor damages what was saved. Each call returns
/// what the C call returns and leaves its error in `errno`.
public protocol FileSystemCalls: AnyObject {
  func open(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32
  func close(_ descriptor: Int32) -> Int32
  func write(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int
  func pread(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int, _ at: off_t)
    -> Int
  func fsync(_ descriptor: Int32) -> Int32
  /// `lseek`: after an `O_APPEND` write, `seek(fd, 0, SEEK_CUR)` is where that write ended.
  func seek(_ descriptor: Int32, _ offset: off_t, _ whence: Int32) -> off_t
  func flock(_ descriptor: Int32, _ operation: Int32) -> Int32
  func fstat(_ descriptor: Int32, _ info: inout stat) -> Int32
  func ftruncate(_ descriptor: Int32, _ length: off_t) -> Int32
  func fchmod(_ descriptor: Int32, _ mode: mode_t) -> Int32
  func rename(_ from: String, _ to: String) -> Int32
  func mkdir(_ path: String, _ mode: mode_t) -> Int32
  func unlink(_ path: String) -> Int32
  func rmdir(_ path: String) -> Int32
}

/// The real calls, straight to the C library.
public final class SystemFileCalls: FileSystemCalls, @unchecked Sendable {
  /// The one instance; it holds no state.
  public static let shared = SystemFileCalls()

  private init() {}

  public func open(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
    cOpen(path, flags, mode)
  }
  public func close(_ descriptor: Int32) -> Int32 { cClose(descriptor) }
  public func write(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    cWrite(descriptor, buffer, count)
  }
  public func pread(
    _ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int, _ at: off_t
  ) -> Int {
    cPread(descriptor, buffer, count, at)
  }
  public func fsync(_ descriptor: Int32) -> Int32 { cFsync(descriptor) }
  public func seek(_ descriptor: Int32, _ offset: off_t, _ whence: Int32) -> off_t {
    cSeek(descriptor, offset, whence)
  }
  public func flock(_ descriptor: Int32, _ operation: Int32) -> Int32 {
    cFlock(descriptor, operation)
  }
  public func fstat(_ descriptor: Int32, _ info: inout stat) -> Int32 {
    cFstat(descriptor, &info)
  }
  public func ftruncate(_ descriptor: Int32, _ length: off_t) -> Int32 {
    cFtruncate(descriptor, length)
  }
  public func fchmod(_ descriptor: Int32, _ mode: mode_t) -> Int32 { cFchmod(descriptor, mode) }
  public func rename(_ from: String, _ to: String) -> Int32 { cRename(from, to) }
  public func mkdir(_ path: String, _ mode: mode_t) -> Int32 { cMkdir(path, mode) }
  public func unlink(_ path: String) -> Int32 { cUnlink(path) }
  public func rmdir(_ path: String) -> Int32 { cRmdir(path) }
}

// At file scope these names are the C library's, not the methods above.
private func cOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
  open(path, flags, mode)
}
private func cClose(_ fd: Int32) -> Int32 { close(fd) }
private func cWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
  write(fd, buffer, count)
}
private func cPread(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int, _ at: off_t)
  -> Int
{ pread(fd, buffer, count, at) }
private func cFsync(_ fd: Int32) -> Int32 { fsync(fd) }
private func cSeek(_ fd: Int32, _ offset: off_t, _ whence: Int32) -> off_t {
  lseek(fd, offset, whence)
}
private func cFlock(_ fd: Int32, _ operation: Int32) -> Int32 { flock(fd, operation) }
private func cFstat(_ fd: Int32, _ info: inout stat) -> Int32 { fstat(fd, &info) }
private func cFtruncate(_ fd: Int32, _ length: off_t) -> Int32 { ftruncate(fd, length) }
private func cFchmod(_ fd: Int32, _ mode: mode_t) -> Int32 { fchmod(fd, mode) }
private func cRename(_ from: String, _ to: String) -> Int32 { rename(from, to) }
private func cMkdir(_ path: String, _ mode: mode_t) -> Int32 { mkdir(path, mode) }
private func cUnlink(_ path: String) -> Int32 { unlink(path) }
private func cRmdir(_ path: String) -> Int32 { rmdir(path) }

extension FileSystemCalls {
  /// Writes all of `data` in one call; returns the count written, or -1 with `errno`.
  func write(_ descriptor: Int32, _ data: Data) -> Int {
    data.withUnsafeBytes { buffer -> Int in
      guard let base = buffer.baseAddress else { return 0 }
      return write(descriptor, base, buffer.count)
    }
  }

  /// The file's size, or nil with `errno`.
  func size(_ descriptor: Int32) -> Int? {
    var info = stat()
    return fstat(descriptor, &info) == 0 ? Int(info.st_size) : nil
  }

  /// Reads `count` bytes at `offset`; fewer at the end of the file, nil on an error.
  func read(_ descriptor: Int32, count: Int, at offset: Int) -> Data? {
    var buffer = Data(count: count)
    let got = buffer.withUnsafeMutableBytes { raw -> Int in
      guard let base = raw.baseAddress else { return 0 }
      return pread(descriptor, base, count, off_t(offset))
    }
    return got < 0 ? nil : buffer.prefix(got)
  }
}

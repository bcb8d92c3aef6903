import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Opens the files of a session folder the one safe way: never through a symbolic link,
/// never anything but a regular file, never blocking on a FIFO planted in its place.
///
/// Only a file this call creates gets `fchmod(0600)`: the program never changes the mode
/// of a file it did not make.
enum SessionFile {
  /// What a path is, without following a link at its end.
  enum Kind: Equatable {
    case missing, regular, folder, symbolicLink, other
  }

  /// `lstat`'s answer for `path`.
  static func kind(of path: String) -> Kind {
    var info = stat()
    guard lstat(path, &info) == 0 else { return .missing }
    switch info.st_mode & S_IFMT {
    case S_IFREG: return .regular
    case S_IFDIR: return .folder
    case S_IFLNK: return .symbolicLink
    default: return .other
    }
  }

  /// Opens `path` with `flags` (an access mode and e.g. `O_APPEND`), creating it 0600 when
  /// `creating` and it is missing. Refuses links and non-regular files with a clear error.
  /// `opening` is the `open(2)` to use: the journal passes its fault-injection seam's.
  static func open(
    _ path: String, _ flags: Int32, creating: Bool = false,
    opening: (String, Int32, mode_t) -> Int32 = systemOpen
  ) throws(StorageError) -> Int32 {
    let systemOpen = opening
    let safe = flags | O_NOFOLLOW | O_CLOEXEC
    if creating {
      let fd = systemOpen(path, safe | O_CREAT | O_EXCL, 0o600)
      if fd >= 0 {
        fchmod(fd, 0o600)
        return fd
      }
      guard errno == EEXIST else { throw failure(path) }
    }
    // O_NONBLOCK: opening a FIFO must not wait for a writer; cleared once it is a file.
    let fd = systemOpen(path, safe | O_NONBLOCK, 0)
    guard fd >= 0 else { throw failure(path) }
    var info = stat()
    guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
      close(fd)
      throw .notRegularFile(path: path)
    }
    _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
    return fd
  }

  /// Creates a new file (never an existing one, never through a link), 0600.
  static func create(_ path: String) throws(StorageError) -> Int32 {
    let fd = systemOpen(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw failure(path) }
    fchmod(fd, 0o600)
    return fd
  }

  /// The whole of an open file, read from byte `offset`.
  static func readAll(_ fd: Int32, from offset: Int = 0, path: String) throws(StorageError)
    -> Data
  {
    var data = Data()
    // Sized to a regular file (one byte more than it holds) rather than a zeroed 64 KiB
    // each time; a file that grows meanwhile is still read to its end.
    var info = stat()
    let isRegular = fstat(fd, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    let size = isRegular ? max(0, Int(info.st_size) - offset) : 0
    var buffer = [UInt8](repeating: 0, count: size > 0 ? min(65_536, size + 1) : 65_536)
    data.reserveCapacity(size)
    while true {
      let count = pread(fd, &buffer, buffer.count, off_t(offset + data.count))
      if count < 0 {
        if errno == EINTR { continue }
        throw .cannotRead(path: path, reason: lastError())
      }
      if count == 0 { return data }
      data.append(contentsOf: buffer[0..<count])
    }
  }

  /// Writes all of `data`, retrying short writes; false if the disk refused.
  static func writeAll(_ fd: Int32, _ data: Data) -> Bool {
    data.withUnsafeBytes { buffer -> Bool in
      guard let base = buffer.baseAddress else { return true }
      var done = 0
      while done < buffer.count {
        let count = write(fd, base + done, buffer.count - done)
        if count < 0, errno == EINTR { continue }
        guard count > 0 else { return false }
        done += count
      }
      return true
    }
  }

  /// Makes a folder's entries (a new file, a rename) durable.
  static func syncFolder(_ path: String) throws(StorageError) {
    let fd = systemOpen(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0)
    guard fd >= 0 else { throw .cannotWrite(path: path, reason: lastError()) }
    defer { close(fd) }
    guard fsync(fd) == 0 else { throw .cannotWrite(path: path, reason: lastError()) }
  }

  /// The error for a failed open of `path`, telling a planted link from other trouble.
  static func failure(_ path: String) -> StorageError {
    let code = errno
    if code == ELOOP || kind(of: path) == .symbolicLink {
      return .symbolicLink(path: path, within: "session folder")
    }
    if code == ENXIO || code == EISDIR { return .notRegularFile(path: path) }
    return .cannotOpen(path: path, reason: String(cString: strerror(code)))
  }

  static func lastError() -> String { String(cString: strerror(errno)) }
}

/// The C `open`, named apart from `SessionFile.open`.
func systemOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
  open(path, flags, mode)
}

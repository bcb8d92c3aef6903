import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A recording given to `rapport export --media`, open for reading: never through a
/// symbolic link (`O_NOFOLLOW`, `lstat`), and only a regular file (a FIFO or a device would
/// hang or never end the copy).
public final class MediaFile {
  public let path: String
  /// Its size in bytes when it was opened.
  public let size: Int
  private var fd: Int32

  private init(path: String, fd: Int32, size: Int) {
    self.path = path
    self.fd = fd
    self.size = size
  }

  deinit { close() }

  /// Opens `path` for reading, refusing a link or anything but a regular file.
  public static func open(_ path: String) throws(StorageError) -> MediaFile {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; fstat refuses it next.
    let fd = cOpenMedia(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else {
      if errno == ELOOP { throw .linkedRecording(path: path) }
      throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
    }
    var info = stat()
    guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
      _ = closeDescriptor(fd)
      throw .notRegularFile(path: path)
    }
    return MediaFile(path: path, fd: fd, size: Int(info.st_size))
  }

  /// The file's absolute `file://` URL (relative paths from the working folder).
  public var url: String { URL(fileURLWithPath: path).standardizedFileURL.absoluteString }

  /// Up to `count` bytes from `offset`.
  public func read(at offset: Int, count: Int) throws(StorageError) -> Data {
    var piece = Data(count: max(0, min(count, size - offset)))
    guard !piece.isEmpty else { return Data() }
    let done = piece.withUnsafeMutableBytes { bytes in
      pread(fd, bytes.baseAddress, bytes.count, off_t(offset))
    }
    guard done > 0 else {
      throw .cannotRead(
        path: path, reason: done < 0 ? String(cString: strerror(errno)) : "it shrank")
    }
    return piece.prefix(done)
  }

  public func close() {
    guard fd >= 0 else { return }
    _ = closeDescriptor(fd)
    fd = -1
  }

  /// What `path` names: a folder of recordings, or one recording; a link is refused.
  public static func isFolder(_ path: String) throws(StorageError) -> Bool {
    var info = stat()
    guard lstat(path, &info) == 0 else {
      throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
    }
    switch info.st_mode & S_IFMT {
    case S_IFLNK: throw .linkedRecording(path: path)
    case S_IFDIR: return true
    default: return false
    }
  }

  /// The regular files in `folder` by name, and the names passed over (links, folders,
  /// devices), for a warning each.
  public static func regularFiles(in folder: String) throws(StorageError)
    -> (files: [String], passedOver: [String])
  {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    } catch {
      throw .cannotOpen(path: folder, reason: "cannot list the folder")
    }
    var files: [String] = []
    var passedOver: [String] = []
    for name in names where !name.hasPrefix(".") {
      var info = stat()
      if lstat(folder + "/" + name, &info) == 0, info.st_mode & S_IFMT == S_IFREG {
        files.append(name)
      } else {
        passedOver.append(name)
      }
    }
    return (files, passedOver)
  }
}

private func cOpenMedia(_ path: String, _ flags: Int32) -> Int32 { open(path, flags) }
private func closeDescriptor(_ fd: Int32) -> Int32 { close(fd) }

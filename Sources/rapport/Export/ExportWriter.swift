import Foundation
import RapportCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes export files into one folder: files 0600 and a new folder 0700 (exports hold
/// interview notes), and never over an existing file unless forced.
///
/// Never through a symbolic link: a new file is created with `O_EXCL | O_NOFOLLOW`, and
/// `--force` writes a temporary file beside the old one and renames it over it, which
/// replaces a planted link itself rather than writing to where it points.
struct ExportWriter {
  let folder: String
  let force: Bool

  /// Creates the folder and refuses, before anything is written, if a file would be replaced.
  func prepare(names: [String]) throws {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
      if !isFolder.boolValue { try FileOutput.fail("'\(folder)' is not a folder") }
    } else {
      do {
        try FileManager.default.createDirectory(
          atPath: folder, withIntermediateDirectories: true,
          attributes: [.posixPermissions: 0o700])
      } catch {
        try FileOutput.fail("cannot create the folder '\(folder)'")
      }
      // A folder made just now holds nothing to replace; a file that appears in it from
      // elsewhere meanwhile is still refused, by `O_EXCL`, when its name comes.
      return
    }
    guard !force else { return }
    // lstat, not stat: a dangling link counts as a file that is there.
    let existing = names.filter { Self.exists(path($0)) }
    if let first = existing.first {
      let more = existing.count > 1 ? " and \(existing.count - 1) more" : ""
      try FileOutput.fail(
        "'\(path(first))'\(more) already exist(s); nothing was written (use --force to replace)")
    }
  }

  func write(_ file: ExportFile) throws {
    let target = path(file.name)
    guard force, Self.exists(target) else {
      try create(target, file.data)
      return
    }
    let temporary = path(".\(file.name).\(getpid()).tmp")
    unlink(temporary)
    try create(temporary, file.data)
    guard rename(temporary, target) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      try FileOutput.fail("cannot write '\(target)': \(reason)")
    }
  }

  /// Writes a new file, 0600, refusing anything already at `target` (a link included).
  private func create(_ target: String, _ data: Data) throws {
    let fd = open(target, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard fd >= 0 else {
      try FileOutput.fail("cannot write '\(target)': \(String(cString: strerror(errno)))")
    }
    defer { close(fd) }
    Self.setMode(fd)
    let written = data.withUnsafeBytes { writeFully(fd, $0) }
    // No fsync: an export is made again from the journal at will.
    if written != data.count {
      let reason = String(cString: strerror(errno))
      unlink(target)
      try FileOutput.fail("cannot write '\(target)': \(reason)")
    }
  }

  /// Opens a file to be written in pieces; `close()` it when done.
  func stream(_ name: String) throws -> ExportStream {
    let target = path(name)
    guard force, Self.exists(target) else {
      return ExportStream(fd: try newFile(target), path: target, temporary: nil)
    }
    let temporary = path(".\(name).\(getpid()).tmp")
    unlink(temporary)
    return ExportStream(fd: try newFile(temporary), path: target, temporary: temporary)
  }

  /// A scratch file beside the exports for what `name` must hold back until its end: created
  /// as every export file is, then unlinked at once, so nothing of it stays on disk.
  func spool(for name: String) throws -> ExportStream {
    let scratch = path(".\(name).\(getpid()).spool")
    unlink(scratch)
    let fd = try newFile(scratch, flags: O_RDWR)
    unlink(scratch)
    return ExportStream(fd: fd, path: path(name), temporary: nil, isSpool: true)
  }

  /// A new file, 0600, refusing anything already at `target` (a link included).
  private func newFile(_ target: String, flags: Int32 = O_WRONLY) throws -> Int32 {
    let fd = systemOpen(target, flags | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard fd >= 0 else {
      try FileOutput.fail("cannot write '\(target)': \(String(cString: strerror(errno)))")
    }
    Self.setMode(fd)
    return fd
  }

  /// Makes a file this writer created 0600 whatever the umask. `open` gave it `0600` less
  /// the umask's bits, so only a umask that takes the owner's read or write needs the
  /// `fchmod` (a file per export file otherwise: one system call each).
  private static func setMode(_ fd: Int32) {
    if umaskTakesOwnerBits { fchmod(fd, 0o600) }
  }

  /// Read once (`umask` can only be read by setting it, and is set straight back).
  private static let umaskTakesOwnerBits: Bool = {
    let mask = umask(0o077)
    umask(mask)
    return mask & 0o600 != 0
  }()
  private static func exists(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0
  }

  private func path(_ name: String) -> String { "\(folder)/\(name)" }
}

/// The C `open`, named apart from the method above.
private func systemOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
  open(path, flags, mode)
}

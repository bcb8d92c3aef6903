import Foundation
import RapportCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes export files into one folder: files 0600 and a new folder 0700 (exports hold
/// interview notes), and never over an existing file unless forced.
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
    }
    guard !force else { return }
    let existing = names.filter { FileManager.default.fileExists(atPath: path($0)) }
    if let first = existing.first {
      let more = existing.count > 1 ? " and \(existing.count - 1) more" : ""
      try FileOutput.fail(
        "'\(path(first))'\(more) already exist(s); nothing was written (use --force to replace)")
    }
  }

  func write(_ file: ExportFile) throws {
    let target = path(file.name)
    let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (force ? O_TRUNC : O_EXCL)
    let fd = open(target, flags, 0o600)
    guard fd >= 0 else {
      try FileOutput.fail("cannot write '\(target)': \(String(cString: strerror(errno)))")
    }
    defer { close(fd) }
    fchmod(fd, 0o600)
    let written = file.data.withUnsafeBytes { buffer -> Int in
      guard let base = buffer.baseAddress else { return 0 }
      var done = 0
      while done < buffer.count {
        let count = systemWrite(fd, base + done, buffer.count - done)
        if count <= 0 { return done }
        done += count
      }
      return done
    }
    if written != file.data.count {
      try FileOutput.fail("cannot write '\(target)': \(String(cString: strerror(errno)))")
    }
  }

  private func path(_ name: String) -> String { "\(folder)/\(name)" }
}

/// The C `write`, named apart from the method above.
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
  write(fd, buffer, count)
}

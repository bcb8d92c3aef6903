import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension SessionStore {
  /// What checking the responses folder found; a value the CLI turns into one warning.
  public enum RootCheck: Equatable, Sendable {
    /// Missing (a command that writes creates it 0700), or private already.
    case fine
    /// Other users could enter it (mode `from`); it was tightened to 0700.
    case tightened(root: String, from: Int)
    /// Other users can enter it and it belongs to someone else, so it was left as it is.
    case open(root: String, mode: Int)

    /// The one warning to print, without any participant data; nil when all is well.
    public var warning: String? {
      switch self {
      case .fine: nil
      case .tightened(let root, let mode):
        "the responses folder '\(root)' was open to other users (mode \(Self.octal(mode))); "
          + "it is now 0700, as session notes are personal data."
      case .open(let root, let mode):
        "the responses folder '\(root)' is open to other users (mode \(Self.octal(mode))) and "
          + "belongs to someone else, so it could not be tightened; make it 0700."
      }
    }

    private static func octal(_ mode: Int) -> String {
      let digits = String(mode, radix: 8)
      return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
  }

  /// Checks the responses folder before a command uses it: it must be a real folder (a
  /// symbolic link is refused, not followed), and one open to group or others is tightened
  /// to 0700 when it is this user's.
  public func checkRoot() throws(StorageError) -> RootCheck {
    switch SessionFile.kind(of: root) {
    case .missing: return .fine
    case .symbolicLink: throw .linkedResponsesFolder(path: root)
    case .folder: break
    case .regular, .other: throw .notRegularFile(path: root)
    }
    let fd = open(root, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
    guard fd >= 0 else { throw .cannotOpen(path: root, reason: SessionFile.lastError()) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      throw .cannotRead(path: root, reason: SessionFile.lastError())
    }
    let mode = Int(info.st_mode & 0o7777)
    guard mode & 0o077 != 0 else { return .fine }
    guard info.st_uid == geteuid(), fchmod(fd, 0o700) == 0 else {
      return .open(root: root, mode: mode)
    }
    return .tightened(root: root, from: mode)
  }
}

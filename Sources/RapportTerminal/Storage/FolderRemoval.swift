import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Removes a folder and everything in it, for `rapport delete` and for screening sessions
/// whose answers the study does not keep.
public enum FolderRemoval {
  /// Removes `path` and everything in it without following a link: a link is removed
  /// itself. True when nothing is left.
  public static func removeTree(_ path: String) -> Bool {
    var info = stat()
    guard lstat(path, &info) == 0 else { return errno == ENOENT }
    guard info.st_mode & S_IFMT == S_IFDIR else { return unlink(path) == 0 }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    var removed = true
    for name in names { removed = removeTree("\(path)/\(name)") && removed }
    return rmdir(path) == 0 && removed
  }
}

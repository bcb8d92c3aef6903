import ArgumentParser
import Foundation
import RapportCore

/// Writing what a command produced to a file the user named, never clobbering one by accident.
enum FileOutput {
  /// Writes `contents` to `path`; refuses an existing file unless `overwrite` is set.
  ///
  /// Without `overwrite` the file is created exclusively, so a file that appears between a
  /// check and the write is not overwritten either.
  static func create(
    _ path: String, contents: String, overwrite: Bool, refusal: String = "use --force to replace it"
  ) throws {
    try create(path, data: Data(contents.utf8), overwrite: overwrite, refusal: refusal)
  }

  /// The same for bytes (a Word document).
  static func create(
    _ path: String, data: Data, overwrite: Bool, refusal: String = "use --force to replace it"
  ) throws {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
      if isDirectory.boolValue { try StandardError.fail("'\(path)' is a directory") }
      if !overwrite { try StandardError.fail("'\(path)' already exists (\(refusal))") }
    }
    let url = URL(fileURLWithPath: path)
    do {
      try data.write(to: url, options: overwrite ? .atomic : .withoutOverwriting)
    } catch {
      try StandardError.fail("cannot write '\(path)': \(reason(error))")
    }
  }

  /// `StandardError.fail`, as the export writer calls it.
  static func fail(_ message: String) throws -> Never {
    try StandardError.fail(message)
  }

  private static func reason(_ error: Error) -> String {
    switch (error as? CocoaError)?.code {
    case .fileNoSuchFile?, .fileWriteInvalidFileName?: return "its folder does not exist"
    case .fileWriteNoPermission?: return "permission denied"
    case .fileWriteOutOfSpace?: return "the disk is full"
    case .fileWriteFileExists?: return "it already exists"
    case .fileWriteVolumeReadOnly?: return "the disk is read-only"
    default: return "the file system refused"
    }
  }
}

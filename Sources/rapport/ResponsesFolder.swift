import ArgumentParser
import Foundation
import RapportTerminal

/// The responses folder as every command that reads or writes sessions first sees it.
enum ResponsesFolder {
  /// The store at `root`, after checking the folder: a symbolic link (or a file) is refused
  /// with exit 1; a folder open to other users is tightened to 0700, with one warning.
  ///
  /// `prefix` is the command's way of starting its messages (`rapport: ` for export).
  static func open(_ root: String, prefix: String = "") throws -> SessionStore {
    let store = SessionStore(root: root)
    do {
      if let warning = try store.checkRoot().warning { printError("\(prefix)warning: \(warning)") }
    } catch {
      printError("\(prefix)error: \(error.localizedDescription)")
      throw ExitCode(1)
    }
    return store
  }
}

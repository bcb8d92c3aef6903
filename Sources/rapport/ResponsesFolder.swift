import ArgumentParser
import Foundation
import RapportTerminal

/// `--responses`: the folder of session folders, declared once for every command that reads
/// or writes sessions (`@OptionGroup`).
struct ResponsesFolder: ParsableArguments {
  @Option(help: "Where session folders are.")
  var responses = "Responses"

  /// The folder as typed.
  var path: String { responses }

  /// The store, after checking the folder: a symbolic link (or a file) is refused with
  /// exit 1; a folder open to other users is tightened to 0700, with one warning.
  func open() throws -> SessionStore {
    let store = SessionStore(root: responses)
    if let warning = try StandardError.failing({ try store.checkRoot().warning }) {
      StandardError.warning(warning)
    }
    return store
  }

  /// The store and the session `reference` names in it (folder, name or participant id).
  func find(_ reference: String) throws -> (SessionStore, SessionFolder) {
    let store = try open()
    return (store, try StandardError.failing { try store.find(reference) })
  }
}

import Foundation
import RapportTerminal

/// The `rapport …` lines printed as hints after a session, written so they work when
/// pasted: `--responses` is added when the session is not under the default `Responses/`.
enum PasteableCommand {
  /// `rapport VERB NAME [--responses ROOT] [extra]` for the session in `folder`.
  static func line(_ verb: String, _ folder: SessionFolder, extra: String = "") -> String {
    let root = (folder.path as NSString).deletingLastPathComponent
    var words = ["rapport", verb, shellQuoted(folder.name)]
    if !isDefaultRoot(root) { words += ["--responses", shellQuoted(root)] }
    if !extra.isEmpty { words.append(extra) }
    return words.joined(separator: " ")
  }

  /// Whether `root` is `Responses/` in the current folder, the default of every command.
  static func isDefaultRoot(_ root: String) -> Bool {
    let here = FileManager.default.currentDirectoryPath
    let standard = { (path: String) in
      URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: here, isDirectory: true))
        .standardizedFileURL.path
    }
    return standard(root) == standard("Responses")
  }

  /// `text` as one shell word: as it is when it is plain, else in single quotes.
  static func shellQuoted(_ text: String) -> String {
    let plain = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_./:@%+=,"))
    if !text.isEmpty, text.unicodeScalars.allSatisfy({ $0.isASCII && plain.contains($0) }) {
      return text
    }
    return "'" + text.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
  }
}

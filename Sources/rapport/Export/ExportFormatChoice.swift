import ArgumentParser
import RapportCore

/// One `--format` value of `rapport export`: a format, a comma list of them, or `all`.
///
/// ArgumentParser lists `allValueStrings` in `--help` and in completion scripts. A name it
/// does not know is kept, not refused here, so `validate()` can say which one in a sentence
/// of its own ("unknown format 'pdf' (one of: …)").
struct ExportFormatChoice: ExpressibleByArgument {
  /// The formats named, in the order typed.
  var formats: [ExportFormat]
  /// What was typed that names no format.
  var unknown: [String]

  init?(argument: String) {
    formats = []
    unknown = []
    for name in argument.split(separator: ",").map(String.init) {
      if name.lowercased() == "all" {
        formats += ExportFormat.allCases
      } else if let known = ExportFormat(rawValue: name.lowercased()) {
        formats.append(known)
      } else {
        unknown.append(name)
      }
    }
  }

  static var allValueStrings: [String] { ExportFormat.allCases.map(\.rawValue) + ["all"] }

  static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }

  /// The formats of every `--format`, each once, or why not.
  static func chosen(_ choices: [ExportFormatChoice]) throws -> [ExportFormat] {
    if let name = choices.flatMap(\.unknown).first {
      throw ValidationError(
        "unknown format '\(name)' (one of: \(allValueStrings.joined(separator: ", ")))")
    }
    return Set(choices.flatMap(\.formats)).sorted()
  }
}

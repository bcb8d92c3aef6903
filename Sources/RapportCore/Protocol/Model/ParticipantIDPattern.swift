import Foundation

/// A protocol's participant id pattern, matched against the whole id.
///
/// Lint and the runner use this one type so that an id lint proved safe is the same id the
/// runner accepts; ids become folder names, so the pattern must never let a path through.
public struct ParticipantIDPattern {
  /// The longest id worth matching: ids are short codes, and a backtracking pattern can take
  /// very long on long text.
  public static let maximumLength = 32

  public let source: String
  private let regex: Regex<AnyRegexOutput>

  /// Compiles the pattern; the error message is lowercase and fit for a diagnostic.
  public init(_ source: String) throws(ParticipantIDPatternError) {
    do {
      regex = try Regex(source)
    } catch {
      let reason = String(describing: error).split(separator: "\n").first.map(String.init) ?? ""
      throw ParticipantIDPatternError(reason: reason.lowercased())
    }
    self.source = source
  }

  /// True when the whole id matches (the pattern need not spell out `^` and `$`).
  public func accepts(_ id: String) -> Bool {
    id.wholeMatch(of: regex) != nil
  }

  /// Why an id would be unsafe as a folder name, or nil when it is safe.
  public static func folderNameProblem(_ id: String) -> String? {
    if id.isEmpty { return "it is empty" }
    if id.contains("/") { return "it contains '/'" }
    if id.contains("\\") { return "it contains '\\'" }
    if id.contains("..") { return "it contains '..'" }
    if id.hasPrefix(".") { return "it starts with '.'" }
    if id.unicodeScalars.contains(where: { $0.properties.isWhitespace }) {
      return "it contains whitespace"
    }
    if id.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
      return "it contains a control character"
    }
    return nil
  }

  /// The first id this pattern accepts that is unsafe as a folder name, found by trying
  /// fixed cases and the example with unsafe characters put in at every position.
  public func unsafeAcceptedID(example: String?) -> String? {
    var probes = ["/", "..", ".", " ", "a/b", "../a", ".a", "a b", "a\tb", "a\\b", "a\nb"]
    if let example, example.count <= Self.maximumLength {
      let characters = Array(example)
      for insert in ["/", "..", ".", " ", "\t", "\\"] {
        for index in 0...characters.count {
          let head = String(characters[..<index])
          let tail = String(characters[index...])
          probes.append(head + insert + tail)
          if index < characters.count {
            probes.append(head + insert + String(characters[(index + 1)...]))
          }
        }
      }
      probes += [".." + example, example + "/..", "../" + example]
    }
    return probes.first { Self.folderNameProblem($0) != nil && accepts($0) }
  }
}

/// A participant id pattern that is not a valid regular expression.
public struct ParticipantIDPatternError: LocalizedError, Equatable, Sendable {
  /// What the regular expression engine objected to, lowercase.
  public var reason: String

  public var errorDescription: String? { "not a valid regular expression: \(reason)" }
}

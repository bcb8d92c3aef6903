import Foundation

/// Replaces names and terms by `[REDACTED]`, for notes sent outside the team.
///
/// Matching is case-insensitive and by whole words: `Sam` is replaced in "Sam said" but not
/// in "Samuel". A term may hold spaces ("Jane Doe"); longer terms win over shorter ones
/// that start at the same place. The text is scanned once, so a replacement is never
/// matched again.
public struct Redactor: Equatable, Sendable {
  public static let marker = "[REDACTED]"

  /// The terms, longest first.
  public let terms: [String]

  public init(terms: [String]) {
    let cleaned = terms.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
      .filter { !$0.isEmpty }
    self.terms = Array(Set(cleaned)).sorted { ($0.count, $0) > ($1.count, $1) }
  }

  /// Reads a term list: one per line; blank lines and lines starting with `#` are skipped.
  public init(listText: String) {
    self.init(
      terms: listText.split(whereSeparator: \.isNewline).map(String.init)
        .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("#") })
  }

  public var isEmpty: Bool { terms.isEmpty }

  /// The text with every whole-word occurrence of a term replaced.
  public func redact(_ text: String) -> String {
    guard !terms.isEmpty, !text.isEmpty else { return text }
    var result = ""
    var index = text.startIndex
    var previousIsWord = false
    while index < text.endIndex {
      if !previousIsWord, let end = match(in: text, at: index) {
        result += Self.marker
        index = end
        previousIsWord = false
        continue
      }
      let character = text[index]
      result.append(character)
      previousIsWord = Self.isWord(character)
      index = text.index(after: index)
    }
    return result
  }

  /// Redacts an optional text.
  public func redact(_ text: String?) -> String? { text.map { redact($0) } }

  private func match(in text: String, at index: String.Index) -> String.Index? {
    for term in terms {
      guard
        let range = text.range(
          of: term, options: [.caseInsensitive, .anchored], range: index..<text.endIndex)
      else { continue }
      if range.upperBound == text.endIndex || !Self.isWord(text[range.upperBound]) {
        return range.upperBound
      }
    }
    return nil
  }

  private static func isWord(_ character: Character) -> Bool {
    character.isLetter || character.isNumber || character == "_"
  }
}

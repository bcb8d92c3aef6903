import Foundation

/// `{site.welfare}` and `{site.name}` in a protocol's texts: filled in with the
/// participant's own site when a session runs with a study (`rapport run --study`), so the
/// debrief shows the welfare support of the participant's institution.
///
/// Without a study (or a site that lacks the field) the interviewers are shown what the
/// placeholder stands for, in brackets, never the raw `{site.…}`. Lint reports a `{site.…}` field that does
/// not exist (`unknown-placeholder`), and a study whose sites lack a field its interview uses.
public enum SitePlaceholders {
  /// The fields a placeholder may name.
  public static let fields = ["name", "welfare"]

  /// Each `{site.FIELD}` in `text`: the field and its character offset.
  public static func placeholders(in text: String) -> [(field: String, offset: Int)] {
    // Most texts have no `{` at all: a byte scan settles them (Foundation's search for
    // `{site.` cost a sixth of linting 10,000 steps).
    let mayHaveOne =
      text.utf8.withContiguousStorageIfAvailable { bytes in
        guard let base = bytes.baseAddress else { return false }
        return memchr(base, Int32(UInt8(ascii: "{")), bytes.count) != nil
      } ?? true
    guard mayHaveOne, text.contains("{site.") else { return [] }
    var found: [(String, Int)] = []
    var rest = Substring(text)
    var offset = 0
    while let open = rest.range(of: "{site.") {
      offset += rest.distance(from: rest.startIndex, to: open.lowerBound)
      let after = rest[open.upperBound...]
      guard let close = after.firstIndex(of: "}") else { break }
      found.append((String(after[..<close]), offset))
      offset += rest.distance(from: open.lowerBound, to: close) + 1
      rest = after[after.index(after: close)...]
    }
    return found
  }

  /// The fields `model` uses, in order of first use.
  public static func fieldsUsed(in model: InterviewProtocol) -> [String] {
    var used: [String] = []
    model.forEachText { text in
      for (field, _) in placeholders(in: text.value) where !used.contains(field) {
        used.append(field)
      }
    }
    return used
  }

  /// Lint: one error for each placeholder naming a field that does not exist, at the start
  /// of the text that holds it.
  public static func diagnostics(_ model: InterviewProtocol) -> [Diagnostic] {
    var found: [Diagnostic] = []
    model.forEachText { text in
      for (field, _) in placeholders(in: text.value) where !fields.contains(field) {
        var message = "unknown placeholder '{site.\(field)}'"
        if let guess = SpellingSuggestion.closest(to: field, among: fields) {
          message += " (did you mean '{site.\(guess)}'?)"
        } else {
          message += " (a site has " + fields.map { "'{site.\($0)}'" }.joined(separator: ", ") + ")"
        }
        found.append(.error("unknown-placeholder", message, at: text.location))
      }
    }
    return found
  }

  /// `model` with every placeholder filled in from `site`; a field no site gives (no
  /// study, or a site without it) shows its `unfilled` text. One pass: a site's text is put
  /// in as written, never searched for placeholders itself, so a welfare text that mentions
  /// `{site.name}` shows the same on every run. An unknown field stays as written (lint
  /// reports it).
  public static func fill(_ model: InterviewProtocol, site: StudySite?) -> InterviewProtocol {
    let values = ["name": site?.name.value, "welfare": site?.welfare?.value]
    return model.mappingTexts { text in
      guard text.value.contains("{site.") else { return text.value }
      var filled = ""
      var rest = Substring(text.value)
      while let open = rest.range(of: "{site.") {
        filled += rest[..<open.lowerBound]
        let after = rest[open.upperBound...]
        guard let close = after.firstIndex(of: "}") else {
          filled += rest[open.lowerBound...]
          rest = rest[rest.endIndex...]
          break
        }
        let field = String(after[..<close])
        if let value = (values[field] ?? nil) ?? unfilled[field] {
          filled += value
        } else {
          filled += rest[open.lowerBound...close]
        }
        rest = after[after.index(after: close)...]
      }
      return filled + rest
    }
  }

  /// What a placeholder shows when no site fills it: what it stands for, in brackets, so an
  /// interviewer reads a sentence and sees that it is a gap, not a typing slip.
  public static let unfilled = [
    "name": "[the participant’s institution]",
    "welfare": "[the welfare support of the participant’s institution: start the session "
      + "with --study to show it here]",
  ]
}

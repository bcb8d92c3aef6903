import Foundation

/// The participant id pattern must compile, match its example, and accept only ids that
/// are safe as folder names (session data is stored in a folder named by the id).
enum ParticipantRules {
  static func check(_ context: LintContext) -> [Diagnostic] {
    let participant = context.model.participant
    guard let source = participant.idPattern else { return [] }
    let pattern: ParticipantIDPattern
    do {
      pattern = try ParticipantIDPattern(source.value)
    } catch {
      return [
        .error(
          "bad-pattern",
          "'id-pattern' '\(source.value)' is not a valid regular expression: \(error.reason)",
          at: source.location)
      ]
    }
    var diagnostics: [Diagnostic] = []
    let patternHere = Diagnostic.Note("'id-pattern' is set here", at: source.location)
    if let example = participant.example {
      if example.value.count > ParticipantIDPattern.maximumLength {
        // Matching long text against a backtracking pattern can take very long.
        return [
          .error(
            "bad-pattern",
            "example '\(example.value)' is longer than \(ParticipantIDPattern.maximumLength) "
              + "characters; participant ids are short codes", at: example.location)
        ]
      }
      if !pattern.accepts(example.value) {
        diagnostics.append(
          .error(
            "bad-pattern",
            "example '\(example.value)' does not match 'id-pattern' '\(source.value)'",
            at: example.location, notes: [patternHere]))
      }
    } else {
      diagnostics.append(
        .error(
          "missing-field",
          "'id-pattern' needs an 'example' id that it matches, to show it can match",
          at: source.location))
    }
    if pattern.accepts("") {
      diagnostics.append(
        .error(
          "bad-pattern", "'id-pattern' '\(source.value)' matches an empty id", at: source.location
        ))
    } else if let unsafe = pattern.unsafeAcceptedID(example: participant.example?.value),
      let problem = ParticipantIDPattern.folderNameProblem(unsafe)
    {
      diagnostics.append(
        .error(
          "bad-pattern",
          "'id-pattern' '\(source.value)' accepts ids such as '\(printable(unsafe))', "
            + "which is unsafe as a folder name (\(problem))", at: source.location))
    }
    return diagnostics
  }

  /// Tabs and newlines spelled out, so the message stays on one line.
  private static func printable(_ id: String) -> String {
    id.replacingOccurrences(of: "\t", with: "\\t").replacingOccurrences(of: "\n", with: "\\n")
  }
}

/// Ids must be spelled so expressions and session folders can use them, and be unique
/// across steps and participant attributes alike.
enum IdentifierRules {
  /// Words of the expression language: an item with one of these ids could not be named.
  static let reservedWords: Set<String> = ["and", "or", "not", "in", "true", "false"]

  static func check(_ context: LintContext) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    let protocolID = context.model.id
    if !protocolID.value.isEmpty, !isWellFormed(protocolID.value, allowingUnderscore: false) {
      diagnostics.append(
        .error(
          "bad-id",
          "protocol id '\(protocolID.value)' may only use lowercase letters, digits and '-', "
            + "starting with a letter or digit", at: protocolID.location))
    }
    var first: [String: SourceLocation] = [:]
    let items = context.model.participant.attributes.map { ($0.id, true) }
    let steps = context.flat.map { flat -> (Located<String>, Bool) in
      if case .item = flat.step.kind { return (flat.step.id, true) }
      return (flat.step.id, false)
    }
    for (id, answerable) in items + steps where !id.value.isEmpty {
      if !isWellFormed(id.value, allowingUnderscore: true) {
        diagnostics.append(
          .error(
            "bad-id",
            "id '\(id.value)' may only use lowercase letters, digits, '-' and '_', "
              + "starting with a letter or digit", at: id.location))
      } else if answerable, reservedWords.contains(id.value) {
        diagnostics.append(
          .error(
            "bad-id",
            "id '\(id.value)' is a word of the expression language, so no 'when:' could name it",
            at: id.location))
      }
      if let earlier = first[id.value] {
        diagnostics.append(
          .error(
            "duplicate-id", "duplicate id '\(id.value)'", at: id.location,
            notes: [.init("'\(id.value)' is first used here", at: earlier)]))
      } else {
        first[id.value] = id.location
      }
    }
    return diagnostics
  }

  /// `[a-z0-9][a-z0-9-]*`, with `_` too for step and item ids.
  static func isWellFormed(_ id: String, allowingUnderscore: Bool) -> Bool {
    guard let head = id.unicodeScalars.first, isLowerAlphanumeric(head) else { return false }
    return id.unicodeScalars.allSatisfy {
      isLowerAlphanumeric($0) || $0 == "-" || (allowingUnderscore && $0 == "_")
    }
  }

  private static func isLowerAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
  }
}

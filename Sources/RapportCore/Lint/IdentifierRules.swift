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
    // In the order `LintContext` defines them: attributes, then steps in reading order. An
    // id is a duplicate where its position is not its first definition's (one table, not a
    // second dictionary of every id: that was lint's peak).
    func check(_ id: Located<String>, answerable: Bool, position: Int) {
      guard !id.value.isEmpty else { return }
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
      if let first = context.definitions[id.value], first.position != position {
        diagnostics.append(
          .error(
            "duplicate-id", "duplicate id '\(id.value)'", at: id.location,
            notes: [.init("'\(id.value)' is first used here", at: first.location)]))
      }
    }
    for (position, attribute) in context.model.participant.attributes.enumerated() {
      check(attribute.id, answerable: true, position: position)
    }
    for (index, flat) in context.flat.enumerated() {
      if case .item = flat.step.kind {
        check(flat.step.id, answerable: true, position: context.position(ofStepAt: index))
      } else {
        check(flat.step.id, answerable: false, position: context.position(ofStepAt: index))
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

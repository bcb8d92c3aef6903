extension NodeReader {
  /// The whole protocol, or nil when the file is not a protocol mapping at all or was
  /// written for a newer format than this build reads.
  mutating func readProtocol(_ root: YAMLNode) -> InterviewProtocol? {
    guard tree.kind(root) == .mapping else {
      error(
        "wrong-type",
        "a protocol file must be a mapping of keys ('rapport', 'id', 'title', 'steps', …), "
          + "not \(quoted(root))", at: location(root))
      return nil
    }
    guard let fields = fields(root, what: "a protocol"),
      let formatVersion = readFormatVersion(fields)
    else { return nil }
    checkKeys(fields, allowed: ProtocolKeys.topLevel, in: "the protocol")
    let placeholder = Located("", at: fields.location)
    var result = InterviewProtocol(
      formatVersion: formatVersion,
      id: text(fields, "id", required: true) ?? placeholder,
      title: text(fields, "title", required: true) ?? placeholder,
      version: text(fields, "version"),
      duration: duration(fields, "duration"),
      description: text(fields, "description"),
      location: fields.location)
    if let node = fields["roles"] { result.roles = readRoles(node) }
    if let node = fields["participant"] { result.participant = readParticipant(node) }
    if let node = fields["steps"] {
      result.steps = readSteps(node, key: "steps")
      if tree.kind(node) == .sequence, tree.entries(node).isEmpty {
        error(
          "missing-field", "'steps' is empty; a protocol needs at least one step",
          at: location(node))
      }
    } else {
      missing("steps", in: fields)
    }
    return result
  }

  /// The `rapport:` version; nil only when the file is newer than this build can read.
  private mutating func readFormatVersion(_ fields: Fields) -> Int? {
    let current = InterviewProtocol.currentFormatVersion
    guard let node = fields["rapport"] else {
      missing("rapport", in: fields, " (the format version: write 'rapport: \(current)')")
      return current
    }
    guard case .integer(let version) = YAMLValue(node, in: tree) else {
      error(
        "format-version",
        "'rapport' must be the format version number, e.g. 'rapport: \(current)', not \(quoted(node))",
        at: location(node))
      return current
    }
    if version > current {
      error(
        "format-version",
        "format version \(version) is newer than this rapport reads (\(current)); update rapport",
        at: location(node))
      return nil
    }
    if version < 1 {
      error(
        "format-version", "unknown format version \(version); the current version is \(current)",
        at: location(node))
    }
    return current
  }

  private mutating func readRoles(_ node: YAMLNode) -> Roles {
    guard let fields = fields(node, what: "'roles'") else { return Roles() }
    checkKeys(fields, allowed: ProtocolKeys.roles, in: "'roles'")
    func instructions(_ reader: inout NodeReader, _ role: String) -> Located<String>? {
      guard let node = fields[role], let roleFields = reader.fields(node, what: "'\(role)'")
      else { return nil }
      reader.checkKeys(roleFields, allowed: ProtocolKeys.role, in: "'\(role)'")
      return reader.text(roleFields, "instructions", required: true)
    }
    return Roles(lead: instructions(&self, "lead"), support: instructions(&self, "support"))
  }

  private mutating func readParticipant(_ node: YAMLNode) -> ParticipantSpec {
    guard let fields = fields(node, what: "'participant'") else { return ParticipantSpec() }
    checkKeys(fields, allowed: ProtocolKeys.participant, in: "'participant'")
    var spec = ParticipantSpec(
      idPattern: text(fields, "id-pattern"), example: text(fields, "example"))
    if let list = fields["attributes"] {
      guard tree.kind(list) == .sequence else {
        wrongType("attributes", list, expected: "a list of items")
        return spec
      }
      spec.attributes = tree.entries(list).compactMap { readAttribute($0) }
    }
    return spec
  }

  private mutating func readAttribute(_ node: YAMLNode) -> SurveyItem? {
    guard let fields = fields(node, what: "an attribute") else { return nil }
    checkKeys(fields, allowed: ProtocolKeys.itemStep, in: "an attribute")
    let id = text(fields, "id", required: true)
    guard fields.has("type") else {
      missing("type", in: fields, " (an attribute is a typed item, e.g. 'type: single-choice')")
      if let id { skippedIDs.insert(id.value) }
      return nil
    }
    return readItem(fields, id: id, when: condition(fields, "when"))
  }
}

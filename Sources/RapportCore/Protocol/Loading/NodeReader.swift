/// Reads typed values out of a parsed YAML tree (`YAMLTree`), keeping where each was written and
/// collecting a diagnostic for every value that is missing or has the wrong shape.
///
/// Readers never stop at the first problem: a bad value is reported and skipped, so one
/// lint run shows everything. The kind-specific readers extend this type.
struct NodeReader {
  let path: String
  /// The tree, which also holds the file's bytes (for where a block scalar's text starts).
  let tree: YAMLTree
  var diagnostics: [Diagnostic] = []
  /// Ids of steps and items that could not be read, so lint does not call them unknown.
  var skippedIDs: Set<String> = []

  /// Where each line of the file's text starts, made on first use (only block-scalar conditions
  /// need it).
  private var lineStarts: [UInt32]?

  /// The path once for every location read (each holds a reference, not a copy).
  let file: SourceFile

  init(path: String, tree: YAMLTree) {
    self.path = path
    self.tree = tree
    file = SourceFile(path)
  }

  /// The byte offsets where lines start (the first is 0). Lines end at a newline as Swift
  /// splits a `String` at `"\n"`: a `\r\n` is one character, not a line break.
  mutating func sourceLineStarts() -> [UInt32] {
    if let lineStarts { return lineStarts }
    var starts: [UInt32] = [0]
    tree.withText { source in
      for (offset, byte) in source.enumerated()
      where byte == 0x0A && (offset == 0 || source[offset - 1] != 0x0D) {
        starts.append(UInt32(truncatingIfNeeded: offset + 1))
      }
    }
    lineStarts = starts
    return starts
  }

  func location(_ node: YAMLNode) -> SourceLocation {
    let (line, column) = tree.mark(node)
    return SourceLocation(file, line: line, column: column)
  }

  mutating func error(_ rule: String, _ message: String, at location: SourceLocation) {
    diagnostics.append(.error(rule, message, at: location))
  }

  /// A value as quoted in messages: its source text, or what kind of value it is.
  func quoted(_ node: YAMLNode) -> String {
    let value = YAMLValue(node, in: tree)
    if tree.kind(node) == .scalar, value != .null { return "'\(tree.string(node))'" }
    return value.phrase
  }

  mutating func wrongType(_ key: String, _ node: YAMLNode, expected: String) {
    error("wrong-type", "'\(key)' must be \(expected), not \(quoted(node))", at: location(node))
  }

  mutating func missing(_ key: String, in fields: Fields, _ hint: String = "") {
    error("missing-field", "missing required key '\(key)'\(hint)", at: fields.location)
  }

  /// The entries of a mapping, or nil (reported) when the node is something else.
  mutating func fields(_ node: YAMLNode, what: String) -> Fields? {
    guard tree.kind(node) == .mapping else {
      error(
        "wrong-type", "\(what) must be a mapping of keys, not \(quoted(node))", at: location(node))
      return nil
    }
    let entries = tree.entries(node)
    var fields = Fields(location: location(node), capacity: entries.count / 2)
    for offset in stride(from: entries.startIndex, to: entries.endIndex, by: 2) {
      let (key, value) = (entries[offset], entries[offset + 1])
      guard tree.kind(key) == .scalar else {
        error("wrong-type", "a key must be a word, not \(quoted(key))", at: location(key))
        continue
      }
      fields.append(key: tree.string(key), at: location(key), value: value)
    }
    return fields
  }

  /// Reports every key not in `allowed`, with a did-you-mean or where the key belongs.
  mutating func checkKeys(_ fields: Fields, allowed: [String], in place: String) {
    for (key, keyLocation) in zip(fields.keys, fields.keyLocations) where !allowed.contains(key) {
      var message = "unknown key '\(key)'"
      if let guess = SpellingSuggestion.closest(to: key, among: allowed) {
        message += " (did you mean '\(guess)'?)"
      } else if let owner = ProtocolKeys.ownerOfKey[key] {
        message += " in \(place) ('\(key)' belongs to \(owner))"
      } else {
        message += " in \(place)"
      }
      error("unknown-key", message, at: keyLocation)
    }
  }

  /// Text as written (numbers and booleans included), reported when empty or not a scalar.
  mutating func text(_ fields: Fields, _ key: String, required: Bool = false) -> Located<String>? {
    guard let node = fields[key] else {
      if required { missing(key, in: fields) }
      return nil
    }
    return text(node, key: key)
  }

  /// `inList` says the node is one entry of the list under `key` (a prompt, an option).
  mutating func text(_ node: YAMLNode, key: String, inList: Bool = false) -> Located<String>? {
    // Worded only for a message: most texts are fine, and interpolating costs.
    func subject() -> String { inList ? "an entry of '\(key)'" : "'\(key)'" }
    guard tree.kind(node) == .scalar else {
      error("wrong-type", "\(subject()) must be text, not \(quoted(node))", at: location(node))
      return nil
    }
    let string = tree.string(node)
    let value = YAMLValue.classify(string, style: tree.style(node))
    if value == .null || Self.isBlank(string) {
      error("empty-text", "\(subject()) is empty", at: location(node))
      return nil
    }
    return Located(string, at: location(node))
  }

  /// One text or a list of texts (`prompts`, `rephrase`); nil when the key is absent.
  mutating func textList(_ fields: Fields, _ key: String) -> [Located<String>]? {
    guard let node = fields[key] else { return nil }
    switch tree.kind(node) {
    case .scalar where YAMLValue(node, in: tree) == .null: return []
    case .scalar: return text(node, key: key).map { [$0] } ?? []
    case .sequence:
      return tree.entries(node).compactMap { text($0, key: key, inList: true) }
    case .mapping:
      wrongType(key, node, expected: "text or a list of texts")
      return []
    }
  }

  /// True when the text is only whitespace (or empty). Text starting with an ASCII byte
  /// that is not a space is answered from that byte, without walking `Character`s.
  static func isBlank(_ text: String) -> Bool {
    if let first = text.utf8.first, first < 0x80, first != 0x20, !(0x09...0x0D).contains(first) {
      return false
    }
    return text.allSatisfy(\.isWhitespace)
  }

  mutating func bool(_ fields: Fields, _ key: String) -> Bool? {
    guard let node = fields[key] else { return nil }
    guard case .boolean(let flag) = YAMLValue(node, in: tree) else {
      wrongType(key, node, expected: "true or false")
      return nil
    }
    return flag
  }

  mutating func number(_ fields: Fields, _ key: String) -> Located<Double>? {
    guard let node = fields[key] else { return nil }
    switch YAMLValue(node, in: tree) {
    case .integer(let value): return Located(Double(value), at: location(node))
    case .number(let value): return Located(value, at: location(node))
    default:
      wrongType(key, node, expected: "a number")
      return nil
    }
  }

  mutating func duration(_ fields: Fields, _ key: String) -> Located<PlannedDuration>? {
    guard let node = fields[key] else { return nil }
    let value = YAMLValue(node, in: tree)
    guard tree.kind(node) == .scalar, value != .null else {
      wrongType(key, node, expected: "a duration such as '5m' or '1h30m'")
      return nil
    }
    let string = tree.string(node)
    if let duration = PlannedDuration(parsing: string) {
      return Located(duration, at: location(node))
    }
    var message = "'\(string)' is not a duration (write e.g. '5m', '1h30m' or '90s')"
    if case .integer(let minutes) = value {
      message = "'\(string)' is not a duration: add a unit, e.g. '\(minutes)m'"
    }
    error("bad-duration", message, at: location(node))
    return nil
  }
}

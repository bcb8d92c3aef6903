import Yams

/// Reads typed values out of a composed YAML tree, keeping where each was written and
/// collecting a diagnostic for every value that is missing or has the wrong shape.
///
/// Readers never stop at the first problem: a bad value is reported and skipped, so one
/// lint run shows everything. The kind-specific readers extend this type.
struct NodeReader {
  let path: String
  let text: String
  var diagnostics: [Diagnostic] = []
  /// Ids of steps and items that could not be read, so lint does not call them unknown.
  var skippedIDs: Set<String> = []

  /// The text split into lines, made on first use (only block-scalar conditions need it).
  private var lines: [Substring]?

  init(path: String, text: String) {
    self.path = path
    self.text = text
  }

  mutating func sourceLines() -> [Substring] {
    if let lines { return lines }
    let split = text.split(separator: "\n", omittingEmptySubsequences: false)
    lines = split
    return split
  }

  func location(_ node: Node) -> SourceLocation {
    SourceLocation(file: path, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
  }

  mutating func error(_ rule: String, _ message: String, at location: SourceLocation) {
    diagnostics.append(.error(rule, message, at: location))
  }

  /// A value as quoted in messages: its source text, or what kind of value it is.
  func quoted(_ node: Node) -> String {
    if let scalar = node.scalar, YAMLValue(node) != .null { return "'\(scalar.string)'" }
    return YAMLValue(node).phrase
  }

  mutating func wrongType(_ key: String, _ node: Node, expected: String) {
    error("wrong-type", "'\(key)' must be \(expected), not \(quoted(node))", at: location(node))
  }

  mutating func missing(_ key: String, in fields: Fields, _ hint: String = "") {
    error("missing-field", "missing required key '\(key)'\(hint)", at: fields.location)
  }

  /// The entries of a mapping, or nil (reported) when the node is something else.
  mutating func fields(_ node: Node, what: String) -> Fields? {
    guard case .mapping(let mapping) = node else {
      error(
        "wrong-type", "\(what) must be a mapping of keys, not \(quoted(node))", at: location(node))
      return nil
    }
    var fields = Fields(location: location(node))
    for (key, value) in mapping {
      guard case .scalar(let scalar) = key else {
        error("wrong-type", "a key must be a word, not \(quoted(key))", at: location(key))
        continue
      }
      fields.append(key: scalar.string, at: location(key), value: value)
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
  mutating func text(_ node: Node, key: String, inList: Bool = false) -> Located<String>? {
    let subject = inList ? "an entry of '\(key)'" : "'\(key)'"
    guard case .scalar(let scalar) = node else {
      error("wrong-type", "\(subject) must be text, not \(quoted(node))", at: location(node))
      return nil
    }
    let value = YAMLValue.classify(scalar)
    if value == .null || scalar.string.allSatisfy(\.isWhitespace) {
      error("empty-text", "\(subject) is empty", at: location(node))
      return nil
    }
    return Located(scalar.string, at: location(node))
  }

  /// One text or a list of texts (`prompts`, `rephrase`); nil when the key is absent.
  mutating func textList(_ fields: Fields, _ key: String) -> [Located<String>]? {
    guard let node = fields[key] else { return nil }
    switch node {
    case .scalar where YAMLValue(node) == .null: return []
    case .scalar: return text(node, key: key).map { [$0] } ?? []
    case .sequence(let sequence): return sequence.compactMap { text($0, key: key, inList: true) }
    default:
      wrongType(key, node, expected: "text or a list of texts")
      return []
    }
  }

  mutating func bool(_ fields: Fields, _ key: String) -> Bool? {
    guard let node = fields[key] else { return nil }
    guard case .boolean(let flag) = YAMLValue(node) else {
      wrongType(key, node, expected: "true or false")
      return nil
    }
    return flag
  }

  mutating func number(_ fields: Fields, _ key: String) -> Located<Double>? {
    guard let node = fields[key] else { return nil }
    switch YAMLValue(node) {
    case .integer(let value): return Located(Double(value), at: location(node))
    case .number(let value): return Located(value, at: location(node))
    default:
      wrongType(key, node, expected: "a number")
      return nil
    }
  }

  mutating func duration(_ fields: Fields, _ key: String) -> Located<PlannedDuration>? {
    guard let node = fields[key] else { return nil }
    guard case .scalar(let scalar) = node, YAMLValue(node) != .null else {
      wrongType(key, node, expected: "a duration such as '5m' or '1h30m'")
      return nil
    }
    if let duration = PlannedDuration(parsing: scalar.string) {
      return Located(duration, at: location(node))
    }
    var message = "'\(scalar.string)' is not a duration (write e.g. '5m', '1h30m' or '90s')"
    if case .integer(let minutes) = YAMLValue(node) {
      message = "'\(scalar.string)' is not a duration: add a unit, e.g. '\(minutes)m'"
    }
    error("bad-duration", message, at: location(node))
    return nil
  }
}

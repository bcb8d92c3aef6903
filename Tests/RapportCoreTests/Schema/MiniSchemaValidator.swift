import Foundation
import Yams

/// A YAML or JSON document as plain values, so a schema and a protocol can be compared.
indirect enum DocumentValue: Equatable {
  case null
  case bool(Bool)
  case integer(Int)
  case number(Double)
  case string(String)
  case array([DocumentValue])
  case object([(key: String, value: DocumentValue)])

  static func == (lhs: DocumentValue, rhs: DocumentValue) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): true
    case (.bool(let a), .bool(let b)): a == b
    case (.integer(let a), .integer(let b)): a == b
    case (.number(let a), .number(let b)): a == b
    case (.integer(let a), .number(let b)), (.number(let b), .integer(let a)): Double(a) == b
    case (.string(let a), .string(let b)): a == b
    case (.array(let a), .array(let b)): a == b
    case (.object(let a), .object(let b)):
      a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    default: false
    }
  }

  /// Parses YAML (and so JSON) with the core schema's tags.
  static func parse(_ text: String) throws -> DocumentValue {
    guard let node = try Yams.compose(yaml: text) else { return .null }
    return DocumentValue(node)
  }

  init(_ node: Node) {
    switch node {
    case .scalar(let scalar):
      switch node.tag.description {
      case Tag.Name.null.rawValue: self = .null
      case Tag.Name.bool.rawValue: self = .bool(node.bool ?? false)
      case Tag.Name.int.rawValue: self = .integer(node.int ?? 0)
      case Tag.Name.float.rawValue: self = .number(node.float ?? 0)
      default: self = .string(scalar.string)
      }
    case .sequence(let sequence): self = .array(sequence.map(DocumentValue.init))
    case .mapping(let mapping):
      self = .object(mapping.map { (key: $0.key.string ?? "", value: DocumentValue($0.value)) })
    case .alias: self = .null
    }
  }

  subscript(key: String) -> DocumentValue? {
    guard case .object(let pairs) = self else { return nil }
    return pairs.first { $0.key == key }?.value
  }

  var keys: [String] {
    guard case .object(let pairs) = self else { return [] }
    return pairs.map(\.key)
  }
}

/// Checks a document against the subset of JSON Schema 2020-12 the protocol schema uses:
/// `$ref` to `$defs`, `type`, `const`, `enum`, `properties`, `required`,
/// `additionalProperties`, `items`, `minItems`, `minLength`, `min/maxProperties`, `pattern`,
/// `oneOf`. Returns the paths where the document fails.
struct MiniSchemaValidator {
  let root: DocumentValue

  func validate(_ value: DocumentValue) -> [String] {
    validate(value, against: root, path: "$")
  }

  private func validate(
    _ value: DocumentValue, against schema: DocumentValue, path: String
  ) -> [String] {
    var errors: [String] = []
    if case .string(let reference)? = schema["$ref"] {
      let name = String(reference.dropFirst("#/$defs/".count))
      guard let target = root["$defs"]?[name] else { return ["\(path): no definition \(name)"] }
      errors += validate(value, against: target, path: path)
    }
    if let type = schema["type"] {
      let allowed: [String]
      switch type {
      case .string(let one): allowed = [one]
      case .array(let many):
        allowed = many.compactMap { if case .string(let s) = $0 { s } else { nil } }
      default: allowed = []
      }
      if !allowed.contains(where: { Self.matches(value, type: $0) }) {
        return errors + ["\(path): not of type \(allowed)"]
      }
    }
    if let constant = schema["const"], constant != value {
      errors.append("\(path): not \(constant)")
    }
    if case .array(let options)? = schema["enum"], !options.contains(value) {
      errors.append("\(path): not one of the allowed values")
    }
    if case .string(let text) = value {
      if case .integer(let minimum)? = schema["minLength"], text.count < minimum {
        errors.append("\(path): too short")
      }
      if case .string(let pattern)? = schema["pattern"],
        text.range(of: pattern, options: .regularExpression) == nil
      {
        errors.append("\(path): does not match \(pattern)")
      }
    }
    if case .array(let elements) = value {
      if case .integer(let minimum)? = schema["minItems"], elements.count < minimum {
        errors.append("\(path): too few items")
      }
      if let items = schema["items"] {
        for (index, element) in elements.enumerated() {
          errors += validate(element, against: items, path: "\(path)[\(index)]")
        }
      }
    }
    if case .object(let pairs) = value {
      errors += validateObject(pairs, against: schema, path: path)
    }
    if case .array(let branches)? = schema["oneOf"] {
      let passing = branches.filter { validate(value, against: $0, path: path).isEmpty }.count
      if passing != 1 { errors.append("\(path): matches \(passing) of the oneOf branches, not 1") }
    }
    return errors
  }

  private func validateObject(
    _ pairs: [(key: String, value: DocumentValue)], against schema: DocumentValue, path: String
  ) -> [String] {
    var errors: [String] = []
    let keys = pairs.map(\.key)
    if case .array(let required)? = schema["required"] {
      for case .string(let key) in required where !keys.contains(key) {
        errors.append("\(path): missing \(key)")
      }
    }
    if case .integer(let minimum)? = schema["minProperties"], pairs.count < minimum {
      errors.append("\(path): too few keys")
    }
    if case .integer(let maximum)? = schema["maxProperties"], pairs.count > maximum {
      errors.append("\(path): too many keys")
    }
    let properties = schema["properties"]
    for (key, member) in pairs {
      if let property = properties?[key] {
        errors += validate(member, against: property, path: "\(path).\(key)")
      } else if let additional = schema["additionalProperties"] {
        if additional == .bool(false) {
          errors.append("\(path): unexpected key \(key)")
        } else if additional != .bool(true) {
          errors += validate(member, against: additional, path: "\(path).\(key)")
        }
      }
    }
    return errors
  }

  private static func matches(_ value: DocumentValue, type: String) -> Bool {
    switch (type, value) {
    case ("string", .string), ("boolean", .bool), ("array", .array), ("object", .object),
      ("null", .null), ("integer", .integer), ("number", .integer), ("number", .number):
      true
    default: false
    }
  }
}

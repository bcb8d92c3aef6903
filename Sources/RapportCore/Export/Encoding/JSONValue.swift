/// A JSON value with keys in the order written, serialised the same way every time.
///
/// Exports build their JSON with this rather than `JSONEncoder` so that key order follows
/// the documentation (a reader sees `session` before `visits`) and the bytes are stable
/// across platforms and Foundation versions.
public indirect enum JSONValue: Equatable, Sendable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): true
    case (.bool(let a), .bool(let b)): a == b
    case (.number(let a), .number(let b)): a == b
    case (.string(let a), .string(let b)): a == b
    case (.array(let a), .array(let b)): a == b
    case (.object(let a), .object(let b)):
      a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    default: false
    }
  }

  /// An optional string: `null` when absent.
  public static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

  /// Pretty-printed with two spaces, a final newline.
  public var text: String { String(decoding: bytes, as: UTF8.self) }

  /// `text`'s UTF-8 bytes, for a file: written once, with no `String` to validate and copy.
  public var bytes: [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(4096)
    write(into: &out, depth: 0)
    out.append(0x0A)
    return out
  }

  /// `text` through `String` appends, as it was written before the byte buffer (the tests
  /// compare the two).
  var textByAppending: String {
    var out = ""
    write(into: &out, indent: "")
    return out + "\n"
  }

  /// `text`'s bytes, written into one buffer: a session's JSON is thousands of small
  /// pieces, each a costly `String` append. `write(into:indent:)` gives the same text.
  private func write(into out: inout [UInt8], depth: Int) {
    switch self {
    case .null: out.append(contentsOf: "null".utf8)
    case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
    case .number(let value):
      out.append(contentsOf: AnswerText.format(value.isFinite ? value : 0).utf8)
    case .string(let value): Self.quote(value, into: &out)
    case .array(let values):
      guard !values.isEmpty else { return out.append(contentsOf: "[]".utf8) }
      out.append(contentsOf: "[\n".utf8)
      for (index, value) in values.enumerated() {
        Self.indent(depth + 1, into: &out)
        value.write(into: &out, depth: depth + 1)
        out.append(contentsOf: (index == values.count - 1 ? "\n" : ",\n").utf8)
      }
      Self.indent(depth, into: &out)
      out.append(UInt8(ascii: "]"))
    case .object(let members):
      guard !members.isEmpty else { return out.append(contentsOf: "{}".utf8) }
      out.append(contentsOf: "{\n".utf8)
      for (index, (key, value)) in members.enumerated() {
        Self.indent(depth + 1, into: &out)
        Self.quote(key, into: &out)
        out.append(contentsOf: ": ".utf8)
        value.write(into: &out, depth: depth + 1)
        out.append(contentsOf: (index == members.count - 1 ? "\n" : ",\n").utf8)
      }
      Self.indent(depth, into: &out)
      out.append(UInt8(ascii: "}"))
    }
  }

  private static func indent(_ depth: Int, into out: inout [UInt8]) {
    out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
  }

  private static func quote(_ text: String, into out: inout [UInt8]) {
    guard needsEscape(text) else {
      out.append(UInt8(ascii: "\""))
      out.append(contentsOf: text.utf8)
      out.append(UInt8(ascii: "\""))
      return
    }
    var quoted = ""
    quote(text, into: &quoted)
    out.append(contentsOf: quoted.utf8)
  }

  /// On one line with no spaces (a CSV cell), keys in the order written.
  public var compactText: String {
    var out = ""
    writeCompact(into: &out)
    return out
  }

  private func writeCompact(into out: inout String) {
    switch self {
    case .array(let values):
      out += "["
      for (index, value) in values.enumerated() {
        if index > 0 { out += "," }
        value.writeCompact(into: &out)
      }
      out += "]"
    case .object(let members):
      out += "{"
      for (index, (key, value)) in members.enumerated() {
        if index > 0 { out += "," }
        Self.quote(key, into: &out)
        out += ":"
        value.writeCompact(into: &out)
      }
      out += "}"
    default: write(into: &out, indent: "")
    }
  }

  private func write(into out: inout String, indent: String) {
    switch self {
    case .null: out += "null"
    case .bool(let value): out += value ? "true" : "false"
    case .number(let value): out += AnswerText.format(value.isFinite ? value : 0)
    case .string(let value): Self.quote(value, into: &out)
    case .array(let values):
      guard !values.isEmpty else { return out += "[]" }
      out += "[\n"
      for (index, value) in values.enumerated() {
        out += indent + "  "
        value.write(into: &out, indent: indent + "  ")
        out += index == values.count - 1 ? "\n" : ",\n"
      }
      out += indent + "]"
    case .object(let members):
      guard !members.isEmpty else { return out += "{}" }
      out += "{\n"
      for (index, (key, value)) in members.enumerated() {
        out += indent + "  "
        Self.quote(key, into: &out)
        out += ": "
        value.write(into: &out, indent: indent + "  ")
        out += index == members.count - 1 ? "\n" : ",\n"
      }
      out += indent + "}"
    }
  }

  /// `text` as a JSON string literal, with the quotes; shared by every JSON the core writes.
  static func quoted(_ text: String) -> String {
    var out = ""
    quote(text, into: &out)
    return out
  }

  /// Whether `text` holds a quote, a backslash, a control or U+2028/U+2029 (UTF-8
  /// `E2 80 A8`/`E2 80 A9`), read from its bytes: most text needs no escape, including
  /// text with curly quotes and dashes (which also start with `E2`).
  private static func needsEscape(_ text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { bytes in
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        if byte < 0x20 || byte == 0x22 || byte == 0x5C { return true }
        if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
          bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9
        {
          return true
        }
        index += 1
      }
      return false
    } ?? true
  }

  private static func quote(_ text: String, into out: inout String) {
    out += "\""
    guard needsEscape(text) else {
      out += text
      out += "\""
      return
    }
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    out += "\""
  }
}

/// A strict reader of the JSON a journal line is made of, for the fast path of
/// `JournalCodec.decode`: it takes only what it is certain of and says `nil` to the rest.
///
/// `JSONDecoder` stays the authority: a line this parser does not take (an escape `\u`, a
/// duplicate key, a number it cannot read exactly, nesting deeper than an answer, anything
/// malformed) goes to `JSONDecoder`, which accepts or rejects it as it always has. So the
/// fast path can only be wrong by accepting what `JSONDecoder` rejects; it accepts standard
/// JSON only, which `JSONDecoder` accepts too.
struct JournalLineParser {
  /// A JSON value; numbers keep their text so each field reads them as an `Int` or `Double`.
  enum Value {
    case string(String)
    case number(String)
    case bool(Bool)
    case null
    case object(Members)
    case array([Value])
  }

  /// An object's members in the order read. A journal line has a dozen at most, so a key
  /// is found by comparing keys, which costs less than hashing them into a dictionary.
  struct Members {
    private(set) var keys: [String] = []
    private(set) var values: [Value] = []

    /// Room for a journal line's members from the start (no growing as they are read).
    init() {
      keys.reserveCapacity(16)
      values.reserveCapacity(16)
    }

    subscript(key: String) -> Value? {
      guard let index = keys.firstIndex(of: key) else { return nil }
      return values[index]
    }

    var count: Int { keys.count }

    /// Adds a member; false (and nothing added) when the key is there already.
    mutating func add(_ key: String, _ value: Value) -> Bool {
      guard !keys.contains(key) else { return false }
      keys.append(key)
      values.append(value)
      return true
    }
  }

  private let bytes: UnsafeRawBufferPointer
  private var index = 0

  private init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

  /// The line's top-level object, or nil when the fast path should not decide.
  static func object(_ bytes: UnsafeRawBufferPointer) -> Members? {
    var parser = JournalLineParser(bytes)
    guard case .object(let members)? = parser.value(depth: 0) else { return nil }
    parser.skipSpace()
    return parser.index == bytes.count ? members : nil
  }

  private mutating func skipSpace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0A, 0x0D: index += 1
      default: return
      }
    }
  }

  private mutating func value(depth: Int) -> Value? {
    skipSpace()
    guard index < bytes.count else { return nil }
    switch bytes[index] {
    case UInt8(ascii: "{"): return depth < 2 ? object(depth: depth) : nil
    case UInt8(ascii: "["): return depth < 2 ? array(depth: depth) : nil
    case UInt8(ascii: "\""): return string().map(Value.string)
    case UInt8(ascii: "t"): return literal("true", .bool(true))
    case UInt8(ascii: "f"): return literal("false", .bool(false))
    case UInt8(ascii: "n"): return literal("null", .null)
    default: return number()
    }
  }

  private mutating func object(depth: Int) -> Value? {
    index += 1
    var members = Members()
    skipSpace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
      index += 1
      return .object(members)
    }
    while true {
      skipSpace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\""), let key = string() else {
        return nil
      }
      skipSpace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
      index += 1
      guard let member = value(depth: depth + 1) else { return nil }
      // A repeated key is left to JSONDecoder, whose choice between the two is its own.
      guard members.add(key, member) else { return nil }
      skipSpace()
      guard index < bytes.count else { return nil }
      index += 1
      switch bytes[index - 1] {
      case UInt8(ascii: ","): continue
      case UInt8(ascii: "}"): return .object(members)
      default: return nil
      }
    }
  }

  private mutating func array(depth: Int) -> Value? {
    index += 1
    var elements: [Value] = []
    skipSpace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
      index += 1
      return .array(elements)
    }
    while true {
      guard let element = value(depth: depth + 1) else { return nil }
      elements.append(element)
      skipSpace()
      guard index < bytes.count else { return nil }
      index += 1
      switch bytes[index - 1] {
      case UInt8(ascii: ","): continue
      case UInt8(ascii: "]"): return .array(elements)
      default: return nil
      }
    }
  }

  /// A string with simple escapes only; raw control bytes and invalid UTF-8 are refused.
  private mutating func string() -> String? {
    index += 1
    let start = index
    var high: UInt8 = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        let text = Self.text(
          UnsafeRawBufferPointer(rebasing: bytes[start..<index]), ascii: high < 0x80)
        index += 1
        return text
      }
      if byte == UInt8(ascii: "\\") { return escapedString(from: start) }
      if byte < 0x20 { return nil }
      high |= byte
      index += 1
    }
    return nil
  }

  /// The string of UTF-8 `bytes`, nil when they are not valid UTF-8. ASCII (most keys and
  /// values) is valid as it stands and is taken without the validating decoder's work.
  private static func text(_ bytes: UnsafeRawBufferPointer, ascii: Bool) -> String? {
    ascii ? String(decoding: bytes, as: UTF8.self) : String(validating: bytes, as: UTF8.self)
  }

  private mutating func escapedString(from start: Int) -> String? {
    var scratch: [UInt8] = []
    scratch.reserveCapacity(bytes.count - start)
    scratch.append(contentsOf: bytes[start..<index])
    while index < bytes.count {
      // The run up to the next quote, backslash or control byte, copied at once.
      let run = index
      while index < bytes.count {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
        index += 1
      }
      if run < index { scratch.append(contentsOf: bytes[run..<index]) }
      guard index < bytes.count else { return nil }
      let byte = bytes[index]
      index += 1
      switch byte {
      case UInt8(ascii: "\""):
        return scratch.withUnsafeBytes { String(validating: $0, as: UTF8.self) }
      case UInt8(ascii: "\\"):
        guard index < bytes.count else { return nil }
        let escaped: UInt8
        switch bytes[index] {
        case UInt8(ascii: "\""): escaped = 0x22
        case UInt8(ascii: "\\"): escaped = 0x5C
        case UInt8(ascii: "/"): escaped = 0x2F
        case UInt8(ascii: "b"): escaped = 0x08
        case UInt8(ascii: "f"): escaped = 0x0C
        case UInt8(ascii: "n"): escaped = 0x0A
        case UInt8(ascii: "r"): escaped = 0x0D
        case UInt8(ascii: "t"): escaped = 0x09
        default: return nil  // `\u` and anything else: JSONDecoder decides
        }
        index += 1
        scratch.append(escaped)
      case 0..<0x20: return nil
      default: scratch.append(byte)
      }
    }
    return nil
  }

  private mutating func literal(_ word: StaticString, _ value: Value) -> Value? {
    let count = word.utf8CodeUnitCount
    guard index + count <= bytes.count else { return nil }
    for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { return nil }
    index += count
    return value
  }

  /// A number in JSON's grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
  private mutating func number() -> Value? {
    let start = index
    func digits() -> Int {
      let first = index
      while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
      return index - first
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
    let leadingZero = index < bytes.count && bytes[index] == UInt8(ascii: "0")
    let whole = digits()
    guard whole > 0, !(leadingZero && whole > 1) else { return nil }
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      guard digits() > 0 else { return nil }
    }
    if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")
      {
        index += 1
      }
      guard digits() > 0 else { return nil }
    }
    return .number(
      String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
  }
}

/// A cheap pass over the raw text, run before the YAML composer, which recurses once per
/// nesting level and hashes mapping keys: it finds nesting too deep to compose safely and
/// keys that are collections or aliases (which could make hashing an alias bomb explode).
///
/// It follows YAML closely enough for real files (quotes, comments, block scalars, flow
/// collections, indentation) without building anything, in time linear in the text.
struct NestingScanner {
  /// Far more than any protocol needs (a step inside a few sections is about 8 deep).
  static let maximumDepth = 100

  enum Finding: Equatable {
    case tooDeep(line: Int, column: Int)
    case complexKey(line: Int, column: Int)
  }

  /// The first problem found in the text, if any.
  static func scan(_ text: String) -> Finding? {
    Array(text.utf8).withUnsafeBufferPointer { scan($0) }
  }

  /// The first problem found in UTF-8 text, if any.
  static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Finding? {
    var scanner = NestingScanner(bytes: bytes)
    return scanner.run()
  }

  /// The text, read where it lies but with every index checked, as an array's would be.
  private struct Bytes {
    let buffer: UnsafeBufferPointer<UInt8>
    var count: Int { buffer.count }
    subscript(index: Int) -> UInt8 {
      precondition(index >= 0 && index < buffer.count, "index out of range")
      return buffer[index]
    }
  }

  private let bytes: Bytes
  private var position = 0
  private var line = 1
  /// One-based column in Unicode scalars, as libyaml reports it.
  private var column = 1
  private var flowDepth = 0
  private var indents: [Int] = []
  private var quote: UInt8?
  /// While set, lines indented more than this are block scalar text and are skipped.
  private var blockScalarParent: Int?

  private init(bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = Bytes(buffer: bytes)
  }

  private mutating func run() -> Finding? {
    while position < bytes.count {
      if let finding = scanLine() { return finding }
    }
    return nil
  }

  private func lineEnd(from start: Int) -> Int {
    var end = start
    while end < bytes.count, bytes[end] != 0x0A { end += 1 }
    return end
  }

  private mutating func moveToNextLine(after end: Int) {
    position = end + 1
    line += 1
    column = 1
  }

  private mutating func advance() {
    if bytes[position] & 0xC0 != 0x80 { column += 1 }
    position += 1
  }

  private mutating func scanLine() -> Finding? {
    let end = lineEnd(from: position)
    var indent = 0
    while position + indent < end, bytes[position + indent] == 0x20 { indent += 1 }
    let isBlank = (position + indent..<end).allSatisfy { Self.isSpace(bytes[$0]) }
    if let parent = blockScalarParent {
      if isBlank || indent > parent {
        moveToNextLine(after: end)
        return nil
      }
      blockScalarParent = nil
    }
    let startsComment = position + indent < end && bytes[position + indent] == UInt8(ascii: "#")
    if quote == nil, flowDepth == 0, !isBlank, !startsComment {
      while let top = indents.last, top > indent { indents.removeLast() }
      if indents.last != indent { indents.append(indent) }
      if indents.count > Self.maximumDepth { return .tooDeep(line: line, column: indent + 1) }
    }
    for _ in 0..<indent { advance() }
    let finding = scanContent(until: end, indent: indent)
    if finding == nil { moveToNextLine(after: end) }
    return finding
  }

  /// Scans one line's content; `compact` counts `- ` entries nested on the same line.
  private mutating func scanContent(until end: Int, indent: Int) -> Finding? {
    var atNodeStart = quote == nil
    var compact = 0
    var nodeColumn = indent
    var parentColumn = indent
    while position < end {
      let byte = bytes[position]
      if let open = quote {
        scanQuoted(open, until: end)
        continue
      }
      if !atNodeStart, flowDepth == 0, byte != UInt8(ascii: ":"), byte != UInt8(ascii: "#") {
        // Inside a plain value outside flow collections only `:` and `#` can mean anything
        // (every other case below needs a node start or a flow collection): skip to them.
        skipPlainText(until: end)
        continue
      }
      let next: UInt8 = position + 1 < end ? bytes[position + 1] : 0x20
      let nextIsSpace = Self.isSpace(next)
      switch byte {
      case 0x20, 0x09, 0x0D:
        break
      case UInt8(ascii: "#") where position == 0 || Self.isSpace(bytes[position - 1]):
        return nil
      case UInt8(ascii: "[") where atNodeStart || flowDepth > 0,
        UInt8(ascii: "{") where atNodeStart || flowDepth > 0:
        flowDepth += 1
        if depth(compact) > Self.maximumDepth { return .tooDeep(line: line, column: column) }
        atNodeStart = true
      case UInt8(ascii: "]") where flowDepth > 0, UInt8(ascii: "}") where flowDepth > 0:
        flowDepth -= 1
        atNodeStart = false
        if followedByKeyIndicator(from: position + 1, until: end) {
          return .complexKey(line: line, column: column)
        }
      case UInt8(ascii: ",") where flowDepth > 0:
        atNodeStart = true
      case UInt8(ascii: "?") where atNodeStart && nextIsSpace:
        return .complexKey(line: line, column: column)
      case UInt8(ascii: "-") where atNodeStart && nextIsSpace && flowDepth == 0:
        compact += 1
        parentColumn = column - 1
        if depth(compact) > Self.maximumDepth { return .tooDeep(line: line, column: column) }
      case UInt8(ascii: ":") where nextIsSpace || (flowDepth > 0 && Self.isFlowEnd(next)):
        atNodeStart = true
        parentColumn = nodeColumn
      case UInt8(ascii: "|") where atNodeStart && flowDepth == 0,
        UInt8(ascii: ">") where atNodeStart && flowDepth == 0:
        blockScalarParent = parentColumn
        return nil
      case UInt8(ascii: "\"") where atNodeStart, UInt8(ascii: "'") where atNodeStart:
        quote = byte
        nodeColumn = column - 1
        atNodeStart = false
      case UInt8(ascii: "*") where atNodeStart:
        let aliasColumn = column
        skipName(until: end, anchor: true)
        if followedByKeyIndicator(from: position, until: end) {
          return .complexKey(line: line, column: aliasColumn)
        }
        atNodeStart = false
        continue
      case UInt8(ascii: "&") where atNodeStart, UInt8(ascii: "!") where atNodeStart:
        skipName(until: end, anchor: byte == UInt8(ascii: "&"))
        continue
      default:
        if atNodeStart { nodeColumn = column - 1 }
        atNodeStart = false
      }
      advance()
    }
    return nil
  }

  /// Moves to the next `:` or `#` on the line (or its end), counting columns.
  private mutating func skipPlainText(until end: Int) {
    while position < end, bytes[position] != UInt8(ascii: ":"), bytes[position] != UInt8(ascii: "#")
    {
      advance()
    }
  }

  private func depth(_ compact: Int) -> Int { indents.count + compact + flowDepth }

  private mutating func scanQuoted(_ open: UInt8, until end: Int) {
    let byte = bytes[position]
    if open == UInt8(ascii: "\""), byte == UInt8(ascii: "\\"), position + 1 < end {
      advance()
    } else if byte == open {
      if open == UInt8(ascii: "'"), position + 1 < end, bytes[position + 1] == open {
        advance()
      } else {
        quote = nil
      }
    }
    advance()
  }

  /// Skips an anchor, alias or tag name: a tag up to a space or flow indicator; an anchor or
  /// alias name as libyaml reads it (letters, digits, `_`, `-`), so the `:` in `*a: 1`
  /// ends the name and makes the alias a key.
  private mutating func skipName(until end: Int, anchor: Bool) {
    advance()
    while position < end, !Self.isSpace(bytes[position]), !Self.isFlowIndicator(bytes[position]),
      !anchor || Self.isAnchorCharacter(bytes[position])
    {
      advance()
    }
  }

  private static func isAnchorCharacter(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
      || (byte >= 0x61 && byte <= 0x7A) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
  }

  /// True when only spaces stand between `start` and a `:` that makes what precedes a key.
  private func followedByKeyIndicator(from start: Int, until end: Int) -> Bool {
    var index = start
    while index < end, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
    guard index < end, bytes[index] == UInt8(ascii: ":") else { return false }
    let after = index + 1 < end ? bytes[index + 1] : 0x20
    return Self.isSpace(after) || Self.isFlowEnd(after)
  }

  /// Space, tab, carriage return or newline.
  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
  }

  /// `,`, `]` or `}`: what may follow a flow collection's key indicator.
  private static func isFlowEnd(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: ",") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}")
  }

  private static func isFlowIndicator(_ byte: UInt8) -> Bool {
    isFlowEnd(byte) || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{")
  }
}

import CYaml
import Foundation

/// Builds a `YAMLTree` in one pass over libyaml's events, with the rules of Yams' composer
/// (one document, aliases resolve to their anchor's node, no key twice in a mapping) but no
/// node objects, no `String` per scalar and no dictionary per mapping.
struct YAMLComposer {
  private var tree = YAMLTree()
  /// The entries of the collections still open, innermost last.
  private var pending: [YAMLNode] = []
  private var open: [(node: YAMLNode, firstEntry: Int, anchor: String?)] = []
  private var anchors: [String: YAMLNode] = [:]
  private var root: YAMLNode?
  /// The text being composed, to point scalars into it.
  private let text: UnsafeBufferPointer<UInt8>
  /// A character index of libyaml's marks and its byte offset in `text`, moved forward as
  /// scalars end (marks count characters, not bytes).
  private var cursor = (character: 0, byte: 0)

  /// True when every byte is ASCII, so libyaml's character marks are byte offsets as they
  /// are (most protocols): no walk to map them.
  private let isASCII: Bool

  private init(text: UnsafeBufferPointer<UInt8>, source: Data, offset: Int) {
    self.text = text
    isASCII = Self.isASCII(text)
    tree.source = source
    tree.sourceOffset = offset
  }

  /// The tree of the UTF-8 text in `source` from byte `offset` on (the tree keeps `source`
  /// and points into it), nil for a stream with no document, or why it cannot be read.
  static func compose(_ source: Data, from offset: Int = 0) -> Result<YAMLTree?, YAMLParseError> {
    source.withUnsafeBytes { raw in
      let text = UnsafeBufferPointer(rebasing: raw.assumingMemoryBound(to: UInt8.self)[offset...])
      var composer = YAMLComposer(text: text, source: source, offset: offset)
      return compose(&composer)
    }
  }

  private static func compose(_ composer: inout YAMLComposer) -> Result<YAMLTree?, YAMLParseError> {
    let bytes = composer.text
    // Room, once, for what a protocol needs (protocols have about one node per 10 bytes), so
    // the arrays seldom grow: growing holds the old and the new buffer at once, and that was
    // lint's peak. Reserved pages never written cost no memory (the system maps them on
    // first touch). Most scalars point into the text; the copies start small.
    composer.tree.records.reserveCapacity(bytes.count / 8)
    composer.tree.children.reserveCapacity(bytes.count / 8)
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else {
      return .failure(YAMLParseError(stage: .memory, problem: "", mark: .init(line: 1, column: 1)))
    }
    defer { yaml_parser_delete(&parser) }
    yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
    yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
    // Stream start, then a document start or the stream's end (an empty file).
    var documents = 0
    var event = yaml_event_t()
    while true {
      guard yaml_parser_parse(&parser, &event) == 1 else {
        return .failure(Self.error(from: parser))
      }
      defer { yaml_event_delete(&event) }
      switch event.type {
      case YAML_STREAM_END_EVENT:
        // The root is the first node recorded, `YAMLNode(0)`.
        return .success(composer.root == nil ? nil : composer.tree)
      case YAML_DOCUMENT_START_EVENT:
        documents += 1
        if documents > 1 {
          return .failure(
            YAMLParseError(
              stage: .composer, problem: "but found another document", mark: mark(event.start_mark),
              context: .init(
                text: "expected a single document in the stream", mark: .init(line: 1, column: 1))))
        }
      case YAML_ALIAS_EVENT:
        let name = String(cString: event.data.alias.anchor)
        guard let node = composer.anchors[name] else {
          return .failure(
            YAMLParseError(
              stage: .composer, problem: "found undefined alias", mark: mark(event.start_mark)))
        }
        composer.add(node)
      case YAML_SCALAR_EVENT:
        composer.addScalar(event)
      case YAML_SEQUENCE_START_EVENT:
        composer.start(.sequence, event, anchor: event.data.sequence_start.anchor)
      case YAML_MAPPING_START_EVENT:
        composer.start(.mapping, event, anchor: event.data.mapping_start.anchor)
      case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
        if let failure = composer.end() { return .failure(failure) }
      default:
        break
      }
    }
  }

  private static func mark(_ mark: yaml_mark_t) -> YAMLParseError.Mark {
    .init(line: mark.line + 1, column: mark.column + 1)
  }

  private mutating func record(
    _ kind: YAMLTree.Kind, _ event: yaml_event_t, start: Int, count: Int,
    style: YAMLTree.Style = .any
  ) -> YAMLNode {
    let node = YAMLNode(tree.records.count)
    tree.records.append(
      YAMLTree.Record(
        start: UInt32(truncatingIfNeeded: start), count: UInt32(truncatingIfNeeded: count),
        line: UInt32(truncatingIfNeeded: event.start_mark.line + 1),
        column: UInt32(truncatingIfNeeded: event.start_mark.column + 1), kind: kind, style: style))
    return node
  }

  /// Places a finished node in its parent collection (or as the root).
  private mutating func add(_ node: YAMLNode) {
    if open.isEmpty { root = node } else { pending.append(node) }
  }

  private mutating func register(_ anchor: String?, _ node: YAMLNode) {
    if let anchor { anchors[anchor] = node }
  }

  private mutating func addScalar(_ event: yaml_event_t) {
    let scalar = event.data.scalar
    var start = 0
    if let value = scalar.value, scalar.length > 0 {
      let bytes = UnsafeBufferPointer(start: value, count: scalar.length)
      if let offset = sourceOffset(of: bytes, style: scalar.style, end: event.end_mark.index) {
        start = offset
      } else {
        start = tree.bytes.count | Int(YAMLTree.copiedFlag)
        tree.bytes.append(contentsOf: bytes)
      }
    }
    var tag: UInt16 = 0
    if scalar.quoted_implicit != 1, let pointer = scalar.tag {
      tag = internTag(String(cString: pointer))
    }
    let style = YAMLTree.Style(rawValue: UInt8(truncatingIfNeeded: scalar.style.rawValue)) ?? .any
    let node = record(.scalar, event, start: start, count: scalar.length, style: style)
    if tag != 0 { tree.tagged[node.raw] = tag }
    register(scalar.anchor.map { String(cString: $0) }, node)
    add(node)
  }

  /// Where the text has `value`'s bytes exactly, ending where the scalar does (before its
  /// closing quote): nil for text that differs from its source (escapes, folded lines,
  /// block scalars), which is copied instead.
  private mutating func sourceOffset(
    of value: UnsafeBufferPointer<UInt8>, style: yaml_scalar_style_t, end: Int
  ) -> Int? {
    let closing: Int
    switch style {
    case YAML_PLAIN_SCALAR_STYLE: closing = 0
    case YAML_SINGLE_QUOTED_SCALAR_STYLE, YAML_DOUBLE_QUOTED_SCALAR_STYLE: closing = 1
    default: return nil
    }
    guard end >= cursor.character, end <= text.count else { return nil }
    var (character, byte) = isASCII ? (end, end) : cursor
    while character < end, byte < text.count {
      byte += 1
      while byte < text.count, text[byte] & 0xC0 == 0x80 { byte += 1 }
      character += 1
    }
    cursor = (character, byte)
    let last = byte - closing
    let first = last - value.count
    guard character == end, first >= 0, let textStart = text.baseAddress,
      let valueStart = value.baseAddress, memcmp(textStart + first, valueStart, value.count) == 0
    else { return nil }
    return first
  }

  /// Whether `text` has no byte of 0x80 or more, read eight bytes at a time.
  private static func isASCII(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = text.baseAddress.map(UnsafeRawPointer.init) else { return true }
    var index = 0
    while index + 8 <= text.count {
      let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      if word & 0x8080_8080_8080_8080 != 0 { return false }
      index += 8
    }
    return text[index...].allSatisfy { $0 < 0x80 }
  }

  /// Tags matter only when comparing keys: `!!str` (or none) is text, anything else differs.
  private mutating func internTag(_ name: String) -> UInt16 {
    if name.isEmpty || name == "tag:yaml.org,2002:str" { return 0 }
    if let index = tree.tags.firstIndex(of: name) { return UInt16(truncatingIfNeeded: index + 1) }
    guard tree.tags.count < Int(UInt16.max) - 1 else { return UInt16.max }
    tree.tags.append(name)
    return UInt16(tree.tags.count)
  }

  private mutating func start(
    _ kind: YAMLTree.Kind, _ event: yaml_event_t, anchor: UnsafeMutablePointer<UInt8>?
  ) {
    let node = record(kind, event, start: 0, count: 0)
    open.append((node, pending.count, anchor.map { String(cString: $0) }))
  }

  /// Closes the innermost collection: moves its entries into the tree, then checks keys.
  private mutating func end() -> YAMLParseError? {
    guard let (node, firstEntry, anchor) = open.popLast() else { return nil }
    tree.records[node.index].start = UInt32(truncatingIfNeeded: tree.children.count)
    tree.records[node.index].count = UInt32(truncatingIfNeeded: pending.count - firstEntry)
    // No slice of `pending` outlives this line: one would make the removal below copy the
    // whole array (every open entry) at every collection's end.
    tree.children.append(contentsOf: pending[firstEntry...])
    if tree.records[node.index].kind == .mapping,
      let failure = DuplicateKeyCheck.check(node, in: tree)
    {
      return failure
    }
    pending.removeSubrange(firstEntry...)
    register(anchor, node)
    add(node)
    return nil
  }

  /// What Yams' `YamlError(from:with:)` reads out of a failed parser.
  private static func error(from parser: yaml_parser_t) -> YAMLParseError {
    let problem = parser.problem.map { String(cString: $0) } ?? ""
    let context = parser.context.map {
      YAMLParseError.Context(text: String(cString: $0), mark: mark(parser.context_mark))
    }
    var error = YAMLParseError(
      stage: .parser, problem: problem, mark: mark(parser.problem_mark), context: context)
    switch parser.error {
    case YAML_MEMORY_ERROR: error.stage = .memory
    case YAML_READER_ERROR:
      error.stage = .reader
      error.offset = parser.problem_offset
      error.value = parser.problem_value
    case YAML_SCANNER_ERROR: error.stage = .scanner
    case YAML_COMPOSER_ERROR: error.stage = .composer
    default: error.stage = .parser
    }
    return error
  }
}

import Foundation

/// A parsed YAML document as flat arrays: one small record per node and the children of
/// every collection in one array; a scalar's text is a range of the file's own bytes when
/// it is written there as it reads (most are), else a range of one buffer of copies.
///
/// It replaces a tree of enum nodes with a `String` per scalar, so loading a large protocol
/// costs a few bytes per value and no reference counting; readers hold `YAMLNode` handles.
/// An alias is the very node its anchor names, as in Yams' composer.
struct YAMLTree {
  enum Kind: UInt8 { case scalar, sequence, mapping }

  /// libyaml's scalar styles (`yaml_scalar_style_t`).
  enum Style: UInt8 { case any, plain, singleQuoted, doubleQuoted, literal, folded }

  /// Sixteen bytes: a tree holds one per node (about one per 10 bytes of text). The kind
  /// and style share a word with the count, which a 32 MiB file keeps under 27 bits.
  struct Record {
    /// A scalar's first byte in `source` (from `sourceOffset`), or in `bytes` when
    /// `copiedFlag` is set; or a collection's first entry in `children`.
    var start: UInt32
    private var packed: UInt32
    var line: UInt32
    var column: UInt32

    init(start: UInt32, count: UInt32, line: UInt32, column: UInt32, kind: Kind, style: Style) {
      self.start = start
      packed = UInt32(kind.rawValue) << 30 | UInt32(style.rawValue) << 27
      self.line = line
      self.column = column
      self.count = count
    }

    /// A scalar's byte count, or a collection's number of entries (a mapping's keys and
    /// values alternate).
    var count: UInt32 {
      get { packed & Self.countMask }
      set { packed = packed & ~Self.countMask | newValue & Self.countMask }
    }

    var kind: Kind { Kind(rawValue: UInt8(truncatingIfNeeded: packed >> 30)) ?? .scalar }
    var style: Style { Style(rawValue: UInt8(truncatingIfNeeded: packed >> 27 & 0x7)) ?? .any }

    private static let countMask: UInt32 = 1 << 27 - 1
  }

  /// Set in a scalar's `start` when its text is in `bytes` (a copy) rather than `source`.
  static let copiedFlag: UInt32 = 1 << 31

  var records: [Record] = []
  var children: [YAMLNode] = []
  /// The text of the scalars that differ from their source (escapes, folded lines, blocks).
  var bytes: [UInt8] = []
  var tags: [String] = []
  /// The tag of every scalar that has one other than text: few files have any, so they are
  /// kept aside rather than in every record.
  var tagged: [UInt32: UInt16] = [:]
  /// The file the tree was composed from (shared, not copied) and where its text starts
  /// (past a byte order mark).
  var source = Data()
  var sourceOffset = 0

  func kind(_ node: YAMLNode) -> Kind { records[node.index].kind }
  func style(_ node: YAMLNode) -> Style { records[node.index].style }
  /// 0 for text (`!!str` or no tag); otherwise one more than an index into `tags`.
  func tag(_ node: YAMLNode) -> UInt16 { tagged.isEmpty ? 0 : tagged[node.raw] ?? 0 }

  /// One-based line and column of where the node starts.
  func mark(_ node: YAMLNode) -> (line: Int, column: Int) {
    let record = records[node.index]
    return (Int(record.line), Int(record.column))
  }

  /// The text of a scalar (empty for a collection).
  func string(_ node: YAMLNode) -> String {
    withScalarBytes(node) { String(decoding: $0, as: UTF8.self) }
  }

  /// True when a scalar's text is exactly `word` (compared byte for byte).
  func scalarEquals(_ node: YAMLNode, _ word: StaticString) -> Bool {
    let record = records[node.index]
    guard record.kind == .scalar, Int(record.count) == word.utf8CodeUnitCount else { return false }
    return withScalarBytes(node) { bytes in
      word.withUTF8Buffer { $0.elementsEqual(bytes) }
    }
  }

  /// Calls `body` with a scalar's UTF-8 bytes where they are kept (none for a collection).
  func withScalarBytes<Result>(
    _ node: YAMLNode, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    let record = records[node.index]
    guard record.kind == .scalar, record.count > 0 else {
      return body(UnsafeBufferPointer(start: nil, count: 0))
    }
    let count = Int(record.count)
    if record.start & Self.copiedFlag != 0 {
      let start = Int(record.start & ~Self.copiedFlag)
      return bytes.withUnsafeBufferPointer {
        body(UnsafeBufferPointer(rebasing: $0[start..<start + count]))
      }
    }
    let start = sourceOffset + Int(record.start)
    return source.withUnsafeBytes { raw in
      body(
        UnsafeBufferPointer(
          rebasing: raw.assumingMemoryBound(to: UInt8.self)[start..<start + count]))
    }
  }

  /// Calls `body` with the text the tree was composed from (the file past a byte order mark).
  func withText<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    source.withUnsafeBytes { raw in
      body(UnsafeBufferPointer(rebasing: raw.assumingMemoryBound(to: UInt8.self)[sourceOffset...]))
    }
  }

  /// The entries of a sequence, or the keys and values of a mapping, alternating.
  func entries(_ node: YAMLNode) -> ArraySlice<YAMLNode> {
    let record = records[node.index]
    guard record.kind != .scalar else { return [] }
    let start = Int(record.start)
    return children[start..<start + Int(record.count)]
  }

  /// The key-value pairs of a mapping, in file order.
  func pairs(_ node: YAMLNode) -> [(key: YAMLNode, value: YAMLNode)] {
    let entries = entries(node)
    return stride(from: entries.startIndex, to: entries.endIndex, by: 2).map {
      (entries[$0], entries[$0 + 1])
    }
  }
}

/// A handle on one node of a `YAMLTree`.
struct YAMLNode: Equatable {
  /// Four bytes, not eight: a tree holds one per entry of every collection.
  var raw: UInt32

  init(_ index: Int) { raw = UInt32(truncatingIfNeeded: index) }

  var index: Int { Int(raw) }
}

/// Finds a key written twice in one mapping, as Yams' composer did, without building a
/// dictionary per mapping: protocol mappings have a handful of keys, so comparing each key
/// with the ones before it is cheaper than hashing; only large mappings hash (once each).
///
/// Keys are equal when their text is equal (as Swift compares strings) and their tags are;
/// with several repeated keys the one first in string order is reported, at its first place.
enum DuplicateKeyCheck {
  /// Mappings with more keys than this are checked with one set instead of pairwise.
  static let linearLimit = 24

  static func check(_ mapping: YAMLNode, in tree: YAMLTree) -> YAMLParseError? {
    let entries = tree.entries(mapping)
    let keyCount = entries.count / 2
    guard keyCount > 1 else { return nil }
    var keys: [YAMLNode] = []
    keys.reserveCapacity(keyCount)
    for offset in stride(from: entries.startIndex, to: entries.endIndex, by: 2) {
      keys.append(entries[offset])
    }
    // The first place of every key that is repeated later.
    var repeated: [YAMLNode] = []
    if keyCount <= linearLimit {
      // Whether each key has a non-ASCII byte, read once per key rather than once per pair.
      let nonASCII = keys.map { hasNonASCII($0, tree) }
      for later in 1..<keyCount {
        for earlier in 0..<later
        where equal(
          keys[earlier], keys[later], tree, bothNonASCII: nonASCII[earlier] && nonASCII[later])
        {
          if !repeated.contains(where: {
            equal(
              $0, keys[earlier], tree,
              bothNonASCII: hasNonASCII($0, tree) && nonASCII[earlier])
          }) {
            repeated.append(keys[earlier])
          }
          break
        }
      }
    } else {
      var seen: [Key: YAMLNode] = [:]
      var reported: Set<Key> = []
      for key in keys where tree.kind(key) == .scalar {
        let name = Key(text: tree.string(key), tag: tree.tag(key))
        if let first = seen[name] {
          if reported.insert(name).inserted { repeated.append(first) }
        } else {
          seen[name] = key
        }
      }
    }
    guard
      let first = repeated.min(by: { tree.string($0) < tree.string($1) })
    else { return nil }
    let (line, column) = tree.mark(first)
    return YAMLParseError(
      stage: .duplicateKey, problem: tree.string(first), mark: .init(line: line, column: column))
  }

  private struct Key: Hashable {
    var text: String
    var tag: UInt16
  }

  /// Scalar keys compare by text and tag; a collection key is never reported as repeated.
  /// `bothNonASCII`: whether both keys have a non-ASCII byte, the only way different bytes
  /// can be equal text.
  private static func equal(
    _ lhs: YAMLNode, _ rhs: YAMLNode, _ tree: YAMLTree, bothNonASCII: Bool
  ) -> Bool {
    let left = tree.records[lhs.index]
    let right = tree.records[rhs.index]
    guard left.kind == .scalar, right.kind == .scalar, tree.tag(lhs) == tree.tag(rhs) else {
      return false
    }
    if left.count == right.count {
      let same = tree.withScalarBytes(lhs) { a in
        tree.withScalarBytes(rhs) { b in a.elementsEqual(b) }
      }
      if same { return true }
    }
    // Different bytes can still be equal strings (composed and decomposed accents).
    return bothNonASCII
      && tree.string(lhs) == tree.string(rhs)
  }

  private static func hasNonASCII(_ node: YAMLNode, _ tree: YAMLTree) -> Bool {
    tree.withScalarBytes(node) { $0.contains { $0 >= 0x80 } }
  }
}

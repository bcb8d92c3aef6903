import Yams

/// The entries of one YAML mapping in file order, looked up by key.
///
/// Mappings in a protocol have a handful of keys, so a linear lookup beats hashing here.
struct Fields {
  struct Entry {
    var key: String
    var keyLocation: SourceLocation
    var value: Node
  }

  var entries: [Entry]
  /// Where the mapping starts (its first key), for "missing key" messages.
  var location: SourceLocation

  subscript(key: String) -> Node? {
    entries.first { $0.key == key }?.value
  }

  func has(_ key: String) -> Bool {
    entries.contains { $0.key == key }
  }

  func keyLocation(_ key: String) -> SourceLocation {
    entries.first { $0.key == key }?.keyLocation ?? location
  }
}

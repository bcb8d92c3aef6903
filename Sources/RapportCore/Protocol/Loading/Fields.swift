/// The entries of one YAML mapping in file order, looked up by key.
///
/// Mappings in a protocol have a handful of keys, so a linear search of the keys beats
/// hashing; keys, their places and values sit in parallel arrays so that a lookup compares
/// strings without copying YAML nodes.
struct Fields {
  private(set) var keys: [String] = []
  private(set) var keyLocations: [SourceLocation] = []
  private var values: [YAMLNode] = []
  /// Where the mapping starts (its first key), for "missing key" messages.
  let location: SourceLocation

  /// `capacity`: the number of keys expected, so the arrays are allocated once.
  init(location: SourceLocation, capacity: Int = 0) {
    self.location = location
    keys.reserveCapacity(capacity)
    keyLocations.reserveCapacity(capacity)
    values.reserveCapacity(capacity)
  }

  mutating func append(key: String, at keyLocation: SourceLocation, value: YAMLNode) {
    keys.append(key)
    keyLocations.append(keyLocation)
    values.append(value)
  }

  subscript(key: String) -> YAMLNode? {
    keys.firstIndex(of: key).map { values[$0] }
  }

  func has(_ key: String) -> Bool {
    keys.contains(key)
  }

  func keyLocation(_ key: String) -> SourceLocation {
    keys.firstIndex(of: key).map { keyLocations[$0] } ?? location
  }
}

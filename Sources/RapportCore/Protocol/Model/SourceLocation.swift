/// A place in a protocol file, one-based, so diagnostics can point an editor at it.
///
/// Sixteen bytes, not thirty-two: a loaded protocol holds one for every value, so the path
/// is one shared object per file (`SourceFile`) and the line and column are 32-bit. A line
/// or column beyond 32 bits is kept exactly, in the shared object.
public struct SourceLocation: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
  private var source: SourceFile
  private var storedLine: Int32
  private var storedColumn: Int32

  public var file: String {
    get { source.path }
    set { source = SourceFile(newValue, line: line, column: column) }
  }

  public var line: Int {
    get { storedLine == SourceFile.wide ? source.wideLine : Int(storedLine) }
    set { self = SourceLocation(source, line: newValue, column: column) }
  }

  public var column: Int {
    get { storedColumn == SourceFile.wide ? source.wideColumn : Int(storedColumn) }
    set { self = SourceLocation(source, line: line, column: newValue) }
  }

  public init(file: String, line: Int, column: Int) {
    self.init(SourceFile(file, line: line, column: column), line: line, column: column)
  }

  /// A place in the file `source` names, sharing it (what loaders use for every value).
  init(_ source: SourceFile, line: Int, column: Int) {
    let narrowLine = Int32(exactly: line).flatMap { $0 == SourceFile.wide ? nil : $0 }
    let narrowColumn = Int32(exactly: column).flatMap { $0 == SourceFile.wide ? nil : $0 }
    if let narrowLine, let narrowColumn {
      self.source = source
    } else {
      self.source = SourceFile(source.path, line: line, column: column)
    }
    storedLine = narrowLine ?? SourceFile.wide
    storedColumn = narrowColumn ?? SourceFile.wide
  }

  /// The compiler form `path:line:column`, which editors and CI parse.
  public var description: String { "\(file):\(line):\(column)" }

  /// The same place moved `offset` characters to the right on its line.
  public func advanced(by offset: Int) -> SourceLocation {
    SourceLocation(source, line: line, column: column + offset)
  }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
  }

  public static func == (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    lhs.line == rhs.line && lhs.column == rhs.column
      && (lhs.source === rhs.source || lhs.file == rhs.file)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(file)
    hasher.combine(line)
    hasher.combine(column)
  }

  private enum CodingKeys: String, CodingKey {
    case file, line, column
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      file: try container.decode(String.self, forKey: .file),
      line: try container.decode(Int.self, forKey: .line),
      column: try container.decode(Int.self, forKey: .column))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(file, forKey: .file)
    try container.encode(line, forKey: .line)
    try container.encode(column, forKey: .column)
  }
}

/// The path of one file, shared by all its `SourceLocation`s (one reference each instead
/// of a `String`), with the rare line or column too big for 32 bits.
final class SourceFile: Sendable {
  /// The stored line or column that means "see `wideLine` or `wideColumn`".
  static let wide = Int32.min

  let path: String
  let wideLine: Int
  let wideColumn: Int

  init(_ path: String, line: Int = 0, column: Int = 0) {
    self.path = path
    wideLine = line
    wideColumn = column
  }
}

/// A value read from a protocol file together with where it was written.
public struct Located<Value: Sendable>: Sendable {
  public var value: Value
  public var location: SourceLocation

  public init(_ value: Value, at location: SourceLocation) {
    self.value = value
    self.location = location
  }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}

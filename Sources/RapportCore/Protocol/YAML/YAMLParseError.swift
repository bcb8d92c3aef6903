/// Why libyaml, or composing its events, stopped: what Yams' `YamlError` said, kept as plain
/// values so `YAMLErrorDiagnostic` words it exactly as before the loader read events.
struct YAMLParseError: Error, Equatable {
  enum Stage: Equatable {
    case reader
    case scanner
    case parser
    case composer
    case memory
    /// A key written twice in one mapping; `problem` is the key, `mark` its first place.
    case duplicateKey
  }

  /// One-based line and column, columns counted in Unicode scalars as libyaml counts them.
  struct Mark: Equatable {
    var line: Int
    var column: Int
  }

  struct Context: Equatable {
    var text: String
    var mark: Mark
  }

  var stage: Stage
  var problem: String
  var mark: Mark
  var context: Context?
  /// For reader errors: the byte offset libyaml stopped at and the offending value (or -1).
  var offset = 0
  var value: Int32 = -1
}

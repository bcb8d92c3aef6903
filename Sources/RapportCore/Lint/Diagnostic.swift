/// A problem found in a protocol file, as a value; only the CLI decides how to print it.
public struct Diagnostic: Equatable, Sendable, Codable {
  public enum Severity: String, Equatable, Sendable, Codable, Comparable {
    case error
    case warning
    case note

    private var rank: Int {
      switch self {
      case .error: 0
      case .warning: 1
      case .note: 2
      }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
  }

  /// A further pointer attached to a diagnostic, e.g. where a duplicate id was first used.
  public struct Note: Equatable, Sendable, Codable {
    public var message: String
    public var location: SourceLocation?

    public init(_ message: String, at location: SourceLocation? = nil) {
      self.message = message
      self.location = location
    }
  }

  /// A stable name for the check, e.g. `unknown-key`, for tools and for the docs.
  public var rule: String
  public var severity: Severity
  /// Lowercase, with the offending value quoted.
  public var message: String
  public var location: SourceLocation
  public var notes: [Note]

  public init(
    rule: String, severity: Severity, message: String, location: SourceLocation,
    notes: [Note] = []
  ) {
    self.rule = rule
    self.severity = severity
    self.message = message
    self.location = location
    self.notes = notes
  }

  public static func error(
    _ rule: String, _ message: String, at location: SourceLocation, notes: [Note] = []
  ) -> Diagnostic {
    Diagnostic(rule: rule, severity: .error, message: message, location: location, notes: notes)
  }

  public static func warning(
    _ rule: String, _ message: String, at location: SourceLocation, notes: [Note] = []
  ) -> Diagnostic {
    Diagnostic(rule: rule, severity: .warning, message: message, location: location, notes: notes)
  }

  /// The compiler form `path:line:column: error: message` that editors and CI parse.
  public var compilerForm: String {
    var lines = ["\(location): \(severity.rawValue): \(message) [\(rule)]"]
    for note in notes {
      if let noteLocation = note.location {
        lines.append("\(noteLocation): note: \(note.message)")
      } else {
        lines.append("\(location): note: \(note.message)")
      }
    }
    return lines.joined(separator: "\n")
  }
}

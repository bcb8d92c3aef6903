/// How `rapport lint` prints diagnostics, kept in core so tests can pin the exact output.
public enum DiagnosticReport {
  /// The compiler form, one diagnostic (with its notes) after another; ANSI colours on request.
  public static func text(_ diagnostics: [Diagnostic], colour: Bool) -> String {
    diagnostics.map { colour ? coloured($0) : $0.compilerForm }.map { $0 + "\n" }.joined()
  }

  /// A stable JSON array, one object per line, keys in the documented order:
  /// `file`, `line`, `column`, `severity`, `rule`, `message`, `notes`.
  public static func json(_ diagnostics: [Diagnostic]) -> String {
    guard !diagnostics.isEmpty else { return "[]\n" }
    let objects = diagnostics.map { diagnostic in
      let notes = diagnostic.notes.map { note in
        let location = note.location ?? diagnostic.location
        return "{" + place(location) + ",\"message\":\(quote(note.message))}"
      }
      return "  {" + place(diagnostic.location)
        + ",\"severity\":\(quote(diagnostic.severity.rawValue))"
        + ",\"rule\":\(quote(diagnostic.rule)),\"message\":\(quote(diagnostic.message))"
        + ",\"notes\":[" + notes.joined(separator: ",") + "]}"
    }
    return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
  }

  /// `2 errors, 1 warning in 3 files`.
  public static func summary(_ diagnostics: [Diagnostic], fileCount: Int) -> String {
    let errors = diagnostics.filter { $0.severity == .error }.count
    let warnings = diagnostics.filter { $0.severity == .warning }.count
    return "\(counted(errors, "error")), \(counted(warnings, "warning")) in "
      + counted(fileCount, "file")
  }

  private static func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
  }

  private static func place(_ location: SourceLocation) -> String {
    "\"file\":\(quote(location.file)),\"line\":\(location.line),\"column\":\(location.column)"
  }

  static func quote(_ text: String) -> String {
    JSONValue.quoted(text)
  }

  private static func coloured(_ diagnostic: Diagnostic) -> String {
    let reset = "\u{1B}[0m"
    func line(_ location: SourceLocation, _ severity: Diagnostic.Severity, _ text: String)
      -> String
    {
      let colour =
        switch severity {
        case .error: "\u{1B}[1;31m"
        case .warning: "\u{1B}[1;35m"
        case .note: "\u{1B}[1;36m"
        }
      return "\u{1B}[1m\(location):\(reset) \(colour)\(severity.rawValue):\(reset) \(text)"
    }
    var lines = [
      line(diagnostic.location, diagnostic.severity, "\(diagnostic.message) [\(diagnostic.rule)]")
    ]
    for note in diagnostic.notes {
      lines.append(line(note.location ?? diagnostic.location, .note, note.message))
    }
    return lines.joined(separator: "\n")
  }
}

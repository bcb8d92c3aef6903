/// What `/h` and Tab completion show of the commands, derived from `Command`.
extension Command {
  /// The first column of `/h`: the key, the listed names, what it takes (`/g, /goto STEP`).
  public var usage: String {
    let names = listedNames.map { "/" + $0 }.joined(separator: ", ")
    let head = key.map { "\($0), " + names } ?? names
    switch argument {
    case .none: return head
    case .optional(let placeholder): return head + " [\(placeholder)]"
    case .required(let placeholder, _): return head + " " + placeholder
    }
  }

  /// Every name `role` may type, long or short, as Tab completes them (`/goto`, not `/g`).
  public static func completedNames(for role: Role) -> [String] {
    commands(for: role).flatMap(\.names).filter { $0.count > 1 }.map { "/" + $0 }
  }

  /// The `/h` list of `role`: one line a command, then what free text does.
  ///
  /// Two columns, the second at column 23 (`TextWrap.message` wraps under it).
  public static func helpLines(for role: Role) -> [String] {
    commands(for: role).map { line($0.usage, $0.help) } + freeText(for: role)
  }

  /// What a line that is not a command does, as `/h` ends.
  public static func freeText(for role: Role) -> [String] {
    switch role {
    case .lead:
      [
        line("free text", "a note by the lead (an answer on survey items;"),
        line("", "item numbers on checklists, e.g. 1 2)"),
      ]
    case .support:
      [line("free text", "a note by the supporting interviewer, on the current step")]
    }
  }

  private static func line(_ usage: String, _ help: String) -> String {
    let column = 22
    let padded =
      usage.count < column
      ? usage + String(repeating: " ", count: column - usage.count) : usage + "  "
    return padded + help
  }
}

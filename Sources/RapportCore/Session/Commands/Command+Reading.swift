import Foundation

/// Reading a typed `/command` against the table: the one place names and arguments are
/// checked, for both terminals.
extension Command {
  /// A `/command` line read for one role.
  enum Reading: Equatable {
    /// A command `role` may give, with what was typed after it (nil: nothing).
    case command(Command, name: String, argument: String?)
    /// A command of the other role (the lead's navigation, typed by the supporter).
    case otherRole(Command)
    /// Not a command `role` can give as typed; the message says why.
    case invalid(String)
  }

  /// Reads `text` (starting with `/`) as `role` types it.
  ///
  /// The lead is told of their own commands only; the supporter's unknown names are matched
  /// against every command, since they may have meant the lead's.
  static func read(_ text: String, as role: Role) -> Reading {
    let body = text.dropFirst()
    let name = String(body.prefix { !$0.isWhitespace }).lowercased()
    let rest = body.drop { !$0.isWhitespace }.trimmingCharacters(in: .whitespaces)
    let argument = rest.isEmpty ? nil : rest
    guard !name.isEmpty else { return .invalid("type a command after '/', e.g. /h for help") }
    let known = role == .lead ? commands(for: .lead) : allCases
    guard let command = known.first(where: { $0.names.contains(name) }) else {
      let all = known.flatMap(\.names).filter { $0.count > 1 }
      let guess = SpellingSuggestion.closest(to: name, among: all)
      return .invalid(
        "unknown command '/\(name)'" + (guess.map { " (did you mean '/\($0)'?)" } ?? "")
          + ": /h lists commands")
    }
    guard command.roles.contains(role) else { return .otherRole(command) }
    switch command.argument {
    case .none where argument != nil:
      return .invalid("'/\(name)' takes nothing after it; for a note, type the text without '/'")
    case .required(_, let needs) where argument == nil:
      return .invalid("'/\(name)' needs \(needs)")
    default:
      return .command(command, name: name, argument: argument)
    }
  }

  /// "'/p' needs a number, e.g. /p 2": for an argument that is there but not of the kind.
  func needs(_ name: String) -> String {
    guard case .required(_, let needs) = argument else { return "'/\(name)' takes nothing" }
    return "'/\(name)' needs \(needs)"
  }
}

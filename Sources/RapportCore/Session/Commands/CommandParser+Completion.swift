/// Tab completion for the line editor.
extension CommandParser {
  /// Whole-line candidates for the line typed so far (everything before the cursor).
  ///
  /// Each candidate is the full line to show, so the line editor should treat the whole line
  /// as the word being completed (readline: empty `rl_completer_word_break_characters`).
  /// Completes command names, step ids after `/goto `, prompt numbers after `/p `, and option
  /// labels (or yes/no) on survey items, case-insensitively.
  public static func completions(
    for line: String, state: SessionState, protocol interviewProtocol: InterviewProtocol
  ) -> [String] {
    let navigator = SessionNavigator(interviewProtocol)
    if line.hasPrefix("/") {
      guard let space = line.firstIndex(of: " ") else {
        return matching(Command.completedNames(for: .lead), line)
      }
      let command = line[..<space].dropFirst().lowercased()
      let argument = line[line.index(after: space)...].drop { $0 == " " }
      let lead = String(line[...space])
      switch Command.named(command) {
      case .goto?:
        var ids = navigator.positions.map(\.id)
        ids += navigator.flat.compactMap {
          if case .section = $0.step.kind { $0.step.id.value } else { nil }
        }
        return matching(ids, String(argument)).map { lead + $0 }
      case .prompt?:
        guard case .step(_, let flat)? = navigator.position(of: state.phase),
          case .question(let question) = flat.step.kind
        else { return [] }
        return matching(question.prompts.indices.map { String($0 + 1) }, String(argument)).map {
          lead + $0
        }
      default: return []
      }
    }
    guard let item = navigator.position(of: state.phase)?.item else { return [] }
    let labels: [String]
    switch item.type {
    case .singleChoice, .multipleChoice: labels = item.options.map(\.label.value)
    case .yesNo, .consent: labels = ["yes", "no"]
    default: return []
    }
    guard item.type == .multipleChoice, let comma = line.lastIndex(of: ",") else {
      return matching(labels, line)
    }
    let done = String(line[...comma]) + " "
    let partial = line[line.index(after: comma)...].drop { $0 == " " }
    return matching(labels, String(partial)).map { done + $0 }
  }

  private static func matching(_ candidates: [String], _ prefix: String) -> [String] {
    let lowered = prefix.lowercased()
    var seen = Set<String>()
    return candidates.filter { $0.lowercased().hasPrefix(lowered) && seen.insert($0).inserted }
  }
}

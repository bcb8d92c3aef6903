/// One decision's context: the state, the protocol and the time, with shared helpers.
struct Decider {
  let state: SessionState
  let interviewProtocol: InterviewProtocol
  let clock: Double
  let navigator: SessionNavigator

  init(state: SessionState, interviewProtocol: InterviewProtocol, clock: Double) {
    self.state = state
    self.interviewProtocol = interviewProtocol
    self.clock = clock
    navigator = SessionNavigator(interviewProtocol)
  }

  var current: SessionPosition? { navigator.position(of: state.phase) }

  /// The interview clock now, with the recording time when the recorder runs: the times
  /// the exports give this moment.
  var now: String { state.momentText(at: clock) }

  /// Why the interviewer may not move forward from a position yet, or nil.
  func unmetRequirement(
    _ position: SessionPosition, answers: [String: AnswerValue]
  ) -> String? {
    if let item = position.item, item.required, answers[item.id.value] == nil {
      return "'\(item.id.value)' needs an answer before moving on: \(AnswerParser.hint(for: item))"
    }
    guard case .step(_, let flat) = position, case .checklist(let checklist) = flat.step.kind
    else { return nil }
    let missing = missingRequiredItems(checklist, step: position.id)
    guard !missing.isEmpty else { return nil }
    let named = missing.map { "\($0) '\(checklist.items[$0 - 1].text.value)'" }
    let numbers = missing.map(String.init).joined(separator: " ")
    return missing.count == 1
      ? "cannot move on: tick the required item \(named[0]) first (type \(numbers))"
      : "cannot move on: tick the required items \(Self.list(named)) first (type \(numbers))"
  }

  /// One-based numbers of required checklist items not ticked.
  func missingRequiredItems(_ checklist: Checklist, step: String) -> [Int] {
    let ticked = state.ticks[step] ?? []
    return checklist.items.indices.filter { checklist.items[$0].required }.map { $0 + 1 }
      .filter { !ticked.contains($0) }
  }

  /// Whether a position must be satisfied (required item or checklist with required items).
  func isRequired(_ position: SessionPosition) -> Bool {
    if let item = position.item { return item.required }
    if case .step(_, let flat) = position, case .checklist(let checklist) = flat.step.kind {
      return checklist.items.contains(where: \.required)
    }
    return false
  }

  /// Ids of shown required positions still unanswered or unticked (for `/end`).
  func unmetRequired() -> [String] {
    navigator.positions.filter { position in
      !position.isEnd && navigator.isShown(position, answers: state.answers)
        && unmetRequirement(position, answers: state.answers) != nil
    }.map(\.id)
  }

  /// `a`, `a and b`, `a, b and c`.
  static func list(_ items: [String]) -> String {
    guard items.count > 1, let last = items.last else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " and " + last
  }
}

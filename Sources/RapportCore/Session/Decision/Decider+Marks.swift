/// Marking what happened on the current step: answers, ticks, prompts, rephrasings, round-ups.
extension Decider {
  func answer(_ raw: String, at current: SessionPosition) -> Decision {
    guard let item = current.item else {
      return .refuse("nothing to answer on '\(current.id)': free text here is a note")
    }
    switch AnswerParser.parse(raw, for: item, answers: state.answers) {
    case .failure(let error): return .refuse(error.message)
    case .success(let value):
      var answers = state.answers
      answers[item.id.value] = value
      let event: SessionEvent =
        current.isAttribute
        ? .attributeRecorded(item: item.id.value, value: value)
        : .answered(item: item.id.value, value: value)
      var decision = next(from: current, answers: answers, before: [event])
      decision.feedback.insert("recorded \(item.id.value): \(Self.describe(value, item))", at: 0)
      return decision
    }
  }

  func clear(_ current: SessionPosition) -> Decision {
    guard current.item != nil, state.answers[current.id] != nil else {
      return .refuse("there is no answer to clear here")
    }
    return Decision(events: [.answerCleared(item: current.id)], feedback: ["answer cleared"])
  }

  func tick(_ numbers: [Int], at current: SessionPosition) -> Decision {
    guard case .step(_, let flat) = current, case .checklist(let checklist) = flat.step.kind else {
      return .refuse("there is nothing to tick on '\(current.id)'")
    }
    var seen = Set<Int>()
    let unique = numbers.filter { seen.insert($0).inserted }
    if let wrong = unique.first(where: { !(1...checklist.items.count).contains($0) }) {
      return .refuse(
        "there is no item \(wrong): '\(current.id)' has \(checklist.items.count) items")
    }
    let ticked = state.ticks[current.id] ?? []
    return Decision(
      events: unique.map { .checked(step: current.id, item: $0, isChecked: !ticked.contains($0)) })
  }

  func prompt(_ number: Int, at current: SessionPosition) -> Decision {
    guard let question = openQuestion(current), !question.prompts.isEmpty else {
      return .refuse("'\(current.id)' has no prompts")
    }
    let count = question.prompts.count
    guard (1...count).contains(number) else {
      let range = count == 1 ? "/p 1" : "/p 1–\(count)"
      return .refuse("there is no prompt \(number): '\(current.id)' has \(count) (\(range))")
    }
    if (state.promptsUsed[current.id] ?? []).contains(number) {
      return .refuse("prompt \(number) was already marked as asked")
    }
    return Decision(
      events: [.promptUsed(step: current.id, index: number)],
      feedback: ["prompt \(number) marked as asked"])
  }

  func rephrase(at current: SessionPosition) -> Decision {
    guard let question = openQuestion(current), !question.rephrasings.isEmpty else {
      return .refuse("'\(current.id)' has no rephrasing")
    }
    let used = state.rephrasingsUsed[current.id] ?? []
    guard let number = (1...question.rephrasings.count).first(where: { !used.contains($0) }) else {
      return .refuse("the rephrasing is already shown")
    }
    return Decision(
      events: [.rephrased(step: current.id, index: number)],
      feedback: ["rephrasing marked as read"])
  }

  func roundUp(at current: SessionPosition) -> Decision {
    guard let question = openQuestion(current), question.roundUp != nil else {
      return .refuse("'\(current.id)' has no round-up")
    }
    if state.roundedUp.contains(current.id) {
      return .refuse("the round-up was already marked as asked")
    }
    return Decision(events: [.roundedUp(step: current.id)], feedback: ["round-up marked as asked"])
  }

  private func openQuestion(_ position: SessionPosition) -> OpenQuestion? {
    if case .step(_, let flat) = position, case .question(let question) = flat.step.kind {
      return question
    }
    return nil
  }

  /// An answer as the interviewer chose it: option labels, not stored values.
  static func describe(_ value: AnswerValue, _ item: SurveyItem) -> String {
    func label(_ value: String) -> String {
      item.options.first { $0.value.value == value }?.label.value ?? value
    }
    switch value {
    case .text(let text): return label(text)
    case .number(let number): return AnswerParser.format(number)
    case .choices(let choices): return choices.map(label).joined(separator: "; ")
    case .boolean(let flag): return flag ? "yes" : "no"
    case .date(let date): return date
    }
  }
}

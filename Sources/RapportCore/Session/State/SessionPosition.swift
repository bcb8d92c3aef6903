/// What the interviewer is on: a participant attribute or a step of the protocol.
public enum SessionPosition: Equatable, Sendable {
  case attribute(index: Int, item: SurveyItem)
  case step(index: Int, flat: FlatStep)

  /// The id journal events use for it.
  public var id: String {
    switch self {
    case .attribute(_, let item): item.id.value
    case .step(_, let flat): flat.step.id.value
    }
  }

  /// The survey item answered here (attributes and survey steps), if any.
  public var item: SurveyItem? {
    switch self {
    case .attribute(_, let item): return item
    case .step(_, let flat):
      if case .item(let item) = flat.step.kind { return item }
      return nil
    }
  }

  public var phase: SessionPhase {
    switch self {
    case .attribute(let index, _): .recordingAttributes(index)
    case .step(let index, _): .inStep(index)
    }
  }

  /// The `when:` conditions that must all hold for it to be shown.
  public var conditions: [Condition] {
    switch self {
    case .attribute(_, let item): item.when.map { [$0] } ?? []
    case .step(_, let flat): flat.conditions
    }
  }

  public var isEnd: Bool {
    if case .step(_, let flat) = self, case .end = flat.step.kind { return true }
    return false
  }

  public var isAttribute: Bool {
    if case .attribute = self { return true }
    return false
  }
}

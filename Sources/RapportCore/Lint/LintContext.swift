/// What every lint rule needs to know about a protocol, worked out once.
struct LintContext {
  /// Where an id is first defined, in reading order (attributes first, then steps).
  struct Definition {
    var position: Int
    var location: SourceLocation
    /// The step kind for steps that have no answer (questions, checklists…); nil for items.
    var unanswerableKind: String?
  }

  let model: InterviewProtocol
  let skippedIDs: Set<String>
  let flat: [FlatStep]
  private(set) var definitions: [String: Definition] = [:]
  /// Type-checker view of every answerable item (first definition wins).
  private(set) var signatures: [String: ItemSignature] = [:]
  /// Answerable ids in reading order, for did-you-mean hints.
  private(set) var answerableIDs: [String] = []

  init(_ model: InterviewProtocol, skippedIDs: Set<String>) {
    self.model = model
    self.skippedIDs = skippedIDs
    self.flat = model.flattenedSteps
    for (position, attribute) in model.participant.attributes.enumerated() {
      define(attribute.id, position: position, item: attribute, kind: nil)
    }
    let offset = model.participant.attributes.count
    for (index, flat) in flat.enumerated() {
      let step = flat.step
      if case .item(let item) = step.kind {
        define(step.id, position: offset + index, item: item, kind: nil)
      } else {
        define(step.id, position: offset + index, item: nil, kind: step.kindName)
      }
    }
  }

  private mutating func define(
    _ id: Located<String>, position: Int, item: SurveyItem?, kind: String?
  ) {
    guard !id.value.isEmpty, definitions[id.value] == nil else { return }
    definitions[id.value] = Definition(
      position: position, location: id.location, unanswerableKind: kind)
    if let item {
      signatures[id.value] = ItemSignature(item)
      answerableIDs.append(id.value)
    }
  }

  /// The position in reading order of the flattened step at `index`.
  func position(ofStepAt index: Int) -> Int {
    model.participant.attributes.count + index
  }

  /// Every typed item with its position: attributes, then survey steps.
  var positionedItems: [(position: Int, item: SurveyItem)] {
    let attributes = model.participant.attributes.enumerated().map { ($0.offset, $0.element) }
    let steps = flat.enumerated().compactMap { index, flat -> (Int, SurveyItem)? in
      if case .item(let item) = flat.step.kind { return (position(ofStepAt: index), item) }
      return nil
    }
    return attributes + steps
  }
}

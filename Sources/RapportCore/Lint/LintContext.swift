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

  /// Calls `body` with every typed item and its position: attributes, then survey steps.
  ///
  /// A walk, not an array: a survey item is large (about 700 bytes), and an array of them
  /// was the peak of lint's memory (62 MB of 222 MB for 100,000 steps).
  func forEachPositionedItem(_ body: (_ position: Int, _ item: SurveyItem) -> Void) {
    for (position, attribute) in model.participant.attributes.enumerated() {
      body(position, attribute)
    }
    for (index, flat) in flat.enumerated() {
      if case .item(let item) = flat.step.kind { body(position(ofStepAt: index), item) }
    }
  }
}

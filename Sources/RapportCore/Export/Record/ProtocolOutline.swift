/// What exports need to know about a protocol: the words of each step, keyed by id.
///
/// Exports read the protocol from the journal's snapshot, not from disk, because the file
/// may have been edited since the interview. When the snapshot cannot be parsed the record
/// falls back to ids only, so an export never fails for want of a protocol.
public struct ProtocolOutline: Equatable, Sendable {
  public var title: String
  public var plannedSeconds: Int?
  /// Participant attributes (Table 1), in protocol order.
  public var attributes: [ItemOutline]
  /// Every step in reading order, sections flattened (the section itself included).
  public var steps: [StepOutline]

  public init(
    title: String, plannedSeconds: Int? = nil, attributes: [ItemOutline] = [],
    steps: [StepOutline] = []
  ) {
    self.title = title
    self.plannedSeconds = plannedSeconds
    self.attributes = attributes
    self.steps = steps
  }

  /// The outline of a parsed protocol.
  public init(_ source: InterviewProtocol) {
    self.init(
      title: source.title.value, plannedSeconds: source.duration?.value.seconds,
      attributes: source.participant.attributes.map(ItemOutline.init),
      steps: source.flattenedSteps.map { flat in
        var step = StepOutline(flat.step)
        step.section = flat.enclosingSections.last?.id.value
        return step
      })
  }

  /// The step with this id, if the protocol has one.
  public func step(_ id: String) -> StepOutline? { steps.first { $0.id == id } }

  /// The attribute with this id, if the protocol has one.
  public func attribute(_ id: String) -> ItemOutline? { attributes.first { $0.id == id } }

  /// Every answerable item that is a step (not an attribute), in protocol order.
  public var surveyItems: [ItemOutline] { steps.compactMap(\.item) }
}

/// One step's words: what is read aloud and what the interviewer may add.
public struct StepOutline: Equatable, Sendable {
  public enum Kind: String, Equatable, Sendable, CaseIterable {
    case question, checklist, marker, item, section, end
  }

  public var id: String
  public var kind: Kind
  /// A short heading: a question's label, a checklist's or section's title.
  public var label: String?
  /// The text read aloud or shown: the question, a marker's or end's text.
  public var text: String?
  public var prompts: [String]
  public var rephrasings: [String]
  public var roundUp: String?
  /// Checklist lines, in order (one-based in the journal).
  public var checklistItems: [String]
  public var budgetSeconds: Int?
  /// For survey items: the item.
  public var item: ItemOutline?
  /// The id of the innermost section holding the step; nil at the top level.
  public var section: String?

  public init(
    id: String, kind: Kind, label: String? = nil, text: String? = nil, prompts: [String] = [],
    rephrasings: [String] = [], roundUp: String? = nil, checklistItems: [String] = [],
    budgetSeconds: Int? = nil, item: ItemOutline? = nil, section: String? = nil
  ) {
    self.id = id
    self.kind = kind
    self.label = label
    self.text = text
    self.prompts = prompts
    self.rephrasings = rephrasings
    self.roundUp = roundUp
    self.checklistItems = checklistItems
    self.budgetSeconds = budgetSeconds
    self.item = item
    self.section = section
  }

  init(_ step: Step) {
    let id = step.id.value
    switch step.kind {
    case .question(let q):
      self.init(
        id: id, kind: .question, label: q.label?.value, text: q.ask.value,
        prompts: q.prompts.map(\.value), rephrasings: q.rephrasings.map(\.value),
        roundUp: q.roundUp?.value, budgetSeconds: q.budget?.value.seconds)
    case .checklist(let c):
      self.init(
        id: id, kind: .checklist, label: c.title.value, checklistItems: c.items.map(\.text.value),
        budgetSeconds: c.budget?.value.seconds)
    case .marker(let m): self.init(id: id, kind: .marker, text: m.text.value)
    case .item(let item):
      self.init(id: id, kind: .item, text: item.ask.value, item: ItemOutline(item))
    case .section(let s): self.init(id: id, kind: .section, label: s.title.value)
    case .end(let e): self.init(id: id, kind: .end, text: e.text.value)
    }
  }
}

/// A survey item or participant attribute: its question, type and choices.
public struct ItemOutline: Equatable, Sendable {
  public var id: String
  public var type: ItemType
  public var ask: String
  /// (value, label) pairs in display order.
  public var options: [Option]
  /// The label of the "other, please specify" choice, when there is one.
  public var other: String?

  public struct Option: Equatable, Sendable {
    public var value: String
    public var label: String

    public init(value: String, label: String) {
      self.value = value
      self.label = label
    }
  }

  public init(id: String, type: ItemType, ask: String, options: [Option] = [], other: String? = nil)
  {
    self.id = id
    self.type = type
    self.ask = ask
    self.options = options
    self.other = other
  }

  init(_ item: SurveyItem) {
    self.init(
      id: item.id.value, type: item.type, ask: item.ask.value,
      options: item.options.map { Option(value: $0.value.value, label: $0.label.value) },
      other: item.other?.value)
  }

  /// The label shown for a stored choice value; "other" text is returned as written.
  public func label(for value: String) -> String {
    options.first { $0.value == value }?.label ?? value
  }
}

/// One thing that happens in a session, in order: a question, a checklist, a marker,
/// a survey item, a section of further steps, or an end.
public struct Step: Equatable, Sendable {
  public var id: Located<String>
  /// Shown only when this holds; nil means always.
  public var when: Condition?
  public var kind: Kind
  /// Where the step starts in the file (its first key, just after the `- ` of its entry).
  public var location: SourceLocation

  public init(id: Located<String>, when: Condition? = nil, kind: Kind, location: SourceLocation) {
    self.id = id
    self.when = when
    self.kind = kind
    self.location = location
  }

  /// `indirect`: each kind's fields live in their own box, so a `Step` is about 150 bytes
  /// whatever its kind, instead of the size of the largest kind (a survey item, about 700).
  /// Arrays of steps and flattened steps, and every copy of a step, shrink with it (issue 10:
  /// lint's peak memory).
  public indirect enum Kind: Equatable, Sendable {
    case question(OpenQuestion)
    case checklist(Checklist)
    case marker(Marker)
    case item(SurveyItem)
    case section(Section)
    case end(EndStep)
  }

  /// A short name for the kind, as protocol designers write it.
  public var kindName: String {
    switch kind {
    case .question: "question"
    case .checklist: "checklist"
    case .marker: "marker"
    case .item: "item"
    case .section: "section"
    case .end: "end"
    }
  }
}

/// An open interview question, read aloud, with what the interviewer may add.
public struct OpenQuestion: Equatable, Sendable {
  /// A short heading such as `Warm up`.
  public var label: Located<String>?
  /// The question as read aloud.
  public var ask: Located<String>
  /// Follow-up prompts, in the order the guide lists them.
  public var prompts: [Located<String>]
  /// Other wordings for when the question is not understood.
  public var rephrasings: [Located<String>]
  /// A closing question asked to round the topic up.
  public var roundUp: Located<String>?
  /// Planned time for this question.
  public var budget: Located<PlannedDuration>?
  /// For the interviewers only; never read aloud.
  public var note: Located<String>?

  public init(
    label: Located<String>? = nil, ask: Located<String>, prompts: [Located<String>] = [],
    rephrasings: [Located<String>] = [], roundUp: Located<String>? = nil,
    budget: Located<PlannedDuration>? = nil, note: Located<String>? = nil
  ) {
    self.label = label
    self.ask = ask
    self.prompts = prompts
    self.rephrasings = rephrasings
    self.roundUp = roundUp
    self.budget = budget
    self.note = note
  }
}

/// Things to tick off, such as consent before recording or the debrief.
public struct Checklist: Equatable, Sendable {
  public var title: Located<String>
  public var items: [ChecklistItem]
  public var budget: Located<PlannedDuration>?
  public var note: Located<String>?

  public init(
    title: Located<String>, items: [ChecklistItem], budget: Located<PlannedDuration>? = nil,
    note: Located<String>? = nil
  ) {
    self.title = title
    self.items = items
    self.budget = budget
    self.note = note
  }
}

/// One line of a checklist; a required item blocks moving on until ticked.
public struct ChecklistItem: Equatable, Sendable {
  public var text: Located<String>
  public var required: Bool

  public init(text: Located<String>, required: Bool = true) {
    self.text = text
    self.required = required
  }
}

/// A moment in the session the interviewers act on, e.g. "start the recording now".
public struct Marker: Equatable, Sendable {
  public var text: Located<String>
  /// What the runner does when the step is passed: `startsRecording` marks the recording,
  /// `stopsRecording` ends the recording part that runs.
  public var action: Action?
  public var note: Located<String>?

  public enum Action: String, Equatable, Sendable, CaseIterable {
    case startsRecording = "start-recording"
    case stopsRecording = "stop-recording"
  }

  public init(text: Located<String>, action: Action? = nil, note: Located<String>? = nil) {
    self.text = text
    self.action = action
    self.note = note
  }
}

/// A group of steps that share a heading and, optionally, a `when:`.
public struct Section: Equatable, Sendable {
  public var title: Located<String>
  public var steps: [Step]

  public init(title: Located<String>, steps: [Step]) {
    self.title = title
    self.steps = steps
  }
}

/// Ends the session when reached, e.g. a screening survey's "not eligible" message.
public struct EndStep: Equatable, Sendable {
  /// What to say or show when the session ends here.
  public var text: Located<String>

  public init(text: Located<String>) {
    self.text = text
  }
}

/// A parsed `when:` or `constraint:` expression and the text it came from.
public struct Condition: Equatable, Sendable {
  public var source: String
  /// Where the expression text begins; columns inside it are offsets from here.
  public var location: SourceLocation
  public var expression: ConditionExpression

  public init(source: String, location: SourceLocation, expression: ConditionExpression) {
    self.source = source
    self.location = location
    self.expression = expression
  }
}

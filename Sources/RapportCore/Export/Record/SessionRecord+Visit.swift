extension SessionRecord {
  /// One stretch of time a step was on screen, with what happened during it.
  public struct Visit: Equatable, Sendable {
    public var step: String
    /// 1 for the first visit of this step, 2 for the first revisit, and so on.
    public var occurrence: Int
    /// The step's kind in the protocol; nil when the protocol does not name it.
    public var kind: StepOutline.Kind?
    /// True for a participant attribute (recorded like a step, shown in the header).
    public var isAttribute: Bool
    /// A short heading: a question's label or a checklist's title.
    public var label: String?
    /// The question as read aloud (or a marker's or item's text).
    public var text: String?
    public var entered: Double
    public var left: Double
    /// Time on the step with paused spans left out.
    public var seconds: Double
    /// What happened during the visit, in order.
    public var moments: [Moment]
    /// The recording part `entered` is in; nil without a recording.
    public var part: Int?

    public init(
      step: String, occurrence: Int = 1, kind: StepOutline.Kind? = nil, isAttribute: Bool = false,
      label: String? = nil, text: String? = nil, entered: Double, left: Double,
      seconds: Double, moments: [Moment] = [], part: Int? = nil
    ) {
      self.part = part
      self.step = step
      self.occurrence = occurrence
      self.kind = kind
      self.isAttribute = isAttribute
      self.label = label
      self.text = text
      self.entered = entered
      self.left = left
      self.seconds = seconds
      self.moments = moments
    }

    public var isRevisit: Bool { occurrence > 1 }

    /// One-based indexes of the prompts asked, in the order they were asked.
    public var promptsAsked: [Int] {
      moments.compactMap { if case .prompt(let index, _) = $0.kind { index } else { nil } }
    }

    /// How many rephrasings were read.
    public var rephrasedCount: Int {
      moments.count { if case .rephrased = $0.kind { true } else { false } }
    }

    public var roundedUp: Bool {
      moments.contains { if case .roundUp = $0.kind { true } else { false } }
    }

    /// Whether the step was skipped during this visit, and why.
    public var skip: (skipped: Bool, reason: String?) {
      for moment in moments.reversed() {
        if case .skipped(let reason) = moment.kind { return (true, reason) }
      }
      return (false, nil)
    }

    public var noteCount: Int {
      moments.count { if case .note = $0.kind { true } else { false } }
    }

    public var flagCount: Int {
      moments.count { if case .flag = $0.kind { true } else { false } }
    }

    /// A heading for the visit, e.g. `q1 — Warm up`.
    public var title: String {
      guard let label, !label.isEmpty else { return step }
      return "\(step) — \(label)"
    }
  }

  /// Something that happened at one moment of the session.
  public struct Moment: Equatable, Sendable {
    public var time: Double
    public var kind: Kind
    /// The recording part `time` is in; nil without a recording.
    public var part: Int?

    public init(time: Double, kind: Kind, part: Int? = nil) {
      self.time = time
      self.kind = kind
      self.part = part
    }

    public enum Kind: Equatable, Sendable {
      /// Prompt `index` (one-based) asked; `text` from the protocol when known.
      case prompt(index: Int, text: String?)
      case rephrased(index: Int, text: String?)
      case roundUp(text: String?)
      case note(role: Role, text: String)
      case flag(text: String?)
      case skipped(reason: String?)
      case checked(item: Int, text: String?, isChecked: Bool)
      case answered(Answer)
      case answerCleared(item: String)
      /// The clock was paused for `seconds` (to the resume, or to the end of the journal).
      case paused(seconds: Double, resumed: Bool)
      case sessionResumed
      case recordingStarted
      case recordingStopped
      /// No terminal wrote from `from` to `to` (a crash, a closed terminal, a takeover).
      case outage(Outage)
      case cue(from: Role, kind: CueKind, text: String)
      case ended(Status)
    }
  }

  /// A note with where it belongs, for exports that list notes on their own.
  public struct Note: Equatable, Sendable {
    public var time: Double
    public var role: Role
    public var text: String
    public var step: String?

    public init(time: Double, role: Role, text: String, step: String?) {
      self.time = time
      self.role = role
      self.text = text
      self.step = step
    }
  }

  /// A flag with where it belongs.
  public struct Flag: Equatable, Sendable {
    public var time: Double
    public var text: String?
    public var step: String?

    public init(time: Double, text: String?, step: String?) {
      self.time = time
      self.text = text
      self.step = step
    }
  }

  /// Every note, session notes included, in time order.
  public var notes: [Note] {
    allMoments.compactMap { moment, step in
      if case .note(let role, let text) = moment.kind {
        return Note(time: moment.time, role: role, text: text, step: step)
      }
      return nil
    }
  }

  /// Every flag in time order.
  public var flags: [Flag] {
    allMoments.compactMap { moment, step in
      if case .flag(let text) = moment.kind {
        return Flag(time: moment.time, text: text, step: step)
      }
      return nil
    }
  }

  /// Every moment with the step it happened on, in time order: by recording part, then
  /// time (stable for equal times).
  public var allMoments: [(moment: Moment, step: String?)] {
    let tagged =
      visits.flatMap { visit in visit.moments.map { (moment: $0, step: Optional(visit.step)) } }
      + sessionMoments.map { (moment: $0, step: String?.none) }
    return tagged.enumerated().sorted { a, b in
      let x = (a.element.moment.part ?? 0, a.element.moment.time)
      let y = (b.element.moment.part ?? 0, b.element.moment.time)
      return x != y ? x < y : a.offset < b.offset
    }.map(\.element)
  }
}

/// One protocol file: an interview guide or a survey, as its designer wrote it.
///
/// Every value keeps the place it was written so that lint, the runner and exports can
/// point back at the file. Text fields keep Unicode exactly as written.
public struct InterviewProtocol: Equatable, Sendable {
  /// The newest format version this build reads; files carry theirs in `rapport:`.
  public static let currentFormatVersion = 1

  public var formatVersion: Int
  public var id: Located<String>
  public var title: Located<String>
  public var version: Located<String>?
  public var duration: Located<PlannedDuration>?
  public var description: Located<String>?
  public var roles: Roles
  public var participant: ParticipantSpec
  public var steps: [Step]
  /// Where the top of the file is, for diagnostics that concern the whole protocol.
  public var location: SourceLocation

  public init(
    formatVersion: Int = InterviewProtocol.currentFormatVersion,
    id: Located<String>,
    title: Located<String>,
    version: Located<String>? = nil,
    duration: Located<PlannedDuration>? = nil,
    description: Located<String>? = nil,
    roles: Roles = Roles(),
    participant: ParticipantSpec = ParticipantSpec(),
    steps: [Step] = [],
    location: SourceLocation
  ) {
    self.formatVersion = formatVersion
    self.id = id
    self.title = title
    self.version = version
    self.duration = duration
    self.description = description
    self.roles = roles
    self.participant = participant
    self.steps = steps
    self.location = location
  }

  /// Steps in reading order with sections flattened away, each with its enclosing sections.
  ///
  /// The runner walks this list; a step inside a section is shown only when the step's
  /// own `when:` and every enclosing section's `when:` hold.
  public var flattenedSteps: [FlatStep] {
    func count(_ steps: [Step]) -> Int {
      steps.reduce(steps.count) { total, step in
        if case .section(let section) = step.kind { return total + count(section.steps) }
        return total
      }
    }
    // Counted first, so the list is made at its size: growing it by doubling held the old
    // and the new buffer at once, at lint's peak.
    var result: [FlatStep] = []
    result.reserveCapacity(count(steps))
    func walk(_ steps: [Step], sections: [Step]) {
      for step in steps {
        if case .section(let section) = step.kind {
          result.append(FlatStep(step: step, enclosingSections: sections))
          walk(section.steps, sections: sections + [step])
        } else {
          result.append(FlatStep(step: step, enclosingSections: sections))
        }
      }
    }
    walk(steps, sections: [])
    return result
  }

  /// Every typed item that can be answered: participant attributes first, then survey steps.
  public var answerableItems: [SurveyItem] {
    participant.attributes
      + flattenedSteps.compactMap { flat in
        if case .item(let item) = flat.step.kind { return item }
        return nil
      }
  }
}

/// A step in reading order together with the sections that contain it.
public struct FlatStep: Equatable, Sendable {
  public var step: Step
  public var enclosingSections: [Step]

  public init(step: Step, enclosingSections: [Step]) {
    self.step = step
    self.enclosingSections = enclosingSections
  }

  /// Every `when:` that must hold for this step to be shown, outermost first.
  public var conditions: [Condition] {
    (enclosingSections + [step]).compactMap(\.when)
  }
}

/// Instructions for the two interviewers: one leads, one supports (prompts, technical trouble).
public struct Roles: Equatable, Sendable {
  public var lead: Located<String>?
  public var support: Located<String>?

  public init(lead: Located<String>? = nil, support: Located<String>? = nil) {
    self.lead = lead
    self.support = support
  }
}

/// How participants are identified and what is recorded about each of them.
public struct ParticipantSpec: Equatable, Sendable {
  /// A regular expression the whole pseudonymous ID must match, e.g. `P[0-9]{3}`.
  public var idPattern: Located<String>?
  /// An ID that must match the pattern; lint uses it to prove the pattern can match.
  public var example: Located<String>?
  /// Typed items recorded once per participant (e.g. gender, school, year group).
  public var attributes: [SurveyItem]

  public init(
    idPattern: Located<String>? = nil, example: Located<String>? = nil,
    attributes: [SurveyItem] = []
  ) {
    self.idPattern = idPattern
    self.example = example
    self.attributes = attributes
  }
}

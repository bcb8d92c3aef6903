/// Everything known about a running session, derived only by folding journal entries.
///
/// Nothing else is the source of truth: `rapport resume`, `rapport join` and exports all
/// replay the journal into this value. Clocks are session-clock seconds as recorded.
public struct SessionState: Equatable, Sendable {
  /// The protocol's step and attribute ids, to place `step-entered` events.
  public var outline: SessionOutline
  public var start: SessionStart?
  public var phase: SessionPhase
  /// The step or attribute last entered; kept after the end for the closing screen.
  public var currentStepID: String?
  /// Every stay on every step (and attribute), by id.
  public var visits: [String: [StepVisit]]
  /// One-based prompt numbers asked, per step, in the order first asked.
  public var promptsUsed: [String: [Int]]
  /// One-based rephrasing numbers read, per step, in the order first read.
  public var rephrasingsUsed: [String: [Int]]
  public var roundedUp: Set<String>
  /// Participant attributes and survey answers together: the map expressions read.
  public var answers: [String: AnswerValue]
  /// One-based ticked checklist items, per step.
  public var ticks: [String: Set<Int>]
  public var notes: [SessionNote]
  public var flags: [SessionFlag]
  public var skips: [SessionSkip]
  public var cues: [SessionCue]
  /// Session-clock seconds of the recording mark.
  public var recordingClock: Double?
  /// Set while paused: when the pause began.
  public var pausedSince: Double?
  /// Seconds spent in pauses that are over.
  public var totalPaused: Double
  public var endReason: EndReason?
  public var startClock: Double
  public var endClock: Double?
  /// The latest clock seen in the journal.
  public var lastClock: Double
  /// How often a process re-attached after a stop or crash.
  public var resumeCount: Int

  /// The state before the first event of a session of this protocol.
  public init(outline: SessionOutline) {
    self.outline = outline
    start = nil
    phase = .notStarted
    currentStepID = nil
    visits = [:]
    promptsUsed = [:]
    rephrasingsUsed = [:]
    roundedUp = []
    answers = [:]
    ticks = [:]
    notes = []
    flags = []
    skips = []
    cues = []
    recordingClock = nil
    pausedSince = nil
    totalPaused = 0
    endReason = nil
    startClock = 0
    endClock = nil
    lastClock = 0
    resumeCount = 0
  }

  public init(protocol interviewProtocol: InterviewProtocol) {
    self.init(outline: SessionOutline(interviewProtocol))
  }

  public var isPaused: Bool { pausedSince != nil }
  public var isEnded: Bool { phase == .ended }

  /// Working session time at `clock`: time since the start, minus pauses, stopped at the end.
  public func elapsed(at clock: Double) -> Double {
    let now = min(clock, endClock ?? clock)
    let openPause = pausedSince.map { max(0, now - $0) } ?? 0
    return max(0, now - startClock - totalPaused - openPause)
  }

  /// Working time on a step at `clock`, over all its visits, pauses excluded.
  public func timeOnStep(_ id: String, at clock: Double) -> Double {
    let now = min(clock, endClock ?? clock)
    return (visits[id] ?? []).reduce(0) { total, visit in
      var seconds = (visit.left ?? now) - visit.entered - visit.paused
      if visit.left == nil, let pausedSince {
        seconds -= max(0, now - max(pausedSince, visit.entered))
      }
      return total + max(0, seconds)
    }
  }

  /// Whether a step was ever on screen.
  public func wasVisited(_ id: String) -> Bool { !(visits[id] ?? []).isEmpty }

  /// Whether a step's latest skip is its latest word (not followed by a new visit).
  public func isSkipped(_ id: String) -> Bool {
    guard let skip = skips.last(where: { $0.step == id }) else { return false }
    return !(visits[id] ?? []).contains { $0.entered > skip.clock }
  }
}

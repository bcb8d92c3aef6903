import Foundation

/// Everything known about a running session, derived only by folding journal entries.
///
/// Nothing else is the source of truth: `rapport resume`, `rapport join` and exports all
/// replay the journal into this value. Clocks are seconds on the session's timeline
/// (`SessionTimeline`: wall time since the start, outages left out, pauses on it).
public struct SessionState: Equatable, Sendable {
  /// The protocol's step and attribute ids in order, to place `step-entered` events.
  public var stepIDIndex: StepIDIndex
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
  public internal(set) var notes: SessionList<SessionNote>
  public internal(set) var flags: SessionList<SessionFlag>
  public internal(set) var skips: SessionList<SessionSkip>
  public internal(set) var cues: SessionList<SessionCue>
  /// Notes and flags per step, kept as they are folded, so a screen finds a step's notes
  /// without walking all of them.
  public internal(set) var tallies: [String: StepTally]
  /// Interview seconds of every finished visit, per step (the open visit is added live).
  var finishedVisitSeconds: [String: Double]
  /// Each step's latest skip, an index into `skips`.
  var lastSkip: [String: Int]
  /// The one model of time: pauses, outages, recording parts, every entry's times.
  public var timeline: SessionTimeline
  public var endReason: EndReason?
  /// How often a process re-attached after a stop or crash.
  public var resumeCount: Int
  /// The question the terminal waits on (y/n, or pause-or-end after Ctrl-D): the one field
  /// not folded from the journal; it is set from each `Decision` and a replay starts with
  /// none.
  public var question: SessionQuestion? = nil

  /// The state before the first event of a session of this protocol.
  public init(stepIDIndex: StepIDIndex) {
    self.stepIDIndex = stepIDIndex
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
    tallies = [:]
    finishedVisitSeconds = [:]
    lastSkip = [:]
    timeline = SessionTimeline()
    endReason = nil
    resumeCount = 0
  }

  public init(protocol interviewProtocol: InterviewProtocol) {
    self.init(stepIDIndex: StepIDIndex(interviewProtocol))
  }

  public var isPaused: Bool { timeline.isPaused }
  public var isEnded: Bool { phase == .ended }
  /// Whether a recording part is running (marked, not stopped).
  public var isRecording: Bool { timeline.isRecording }
  /// Timeline seconds of the first recording mark.
  public var recordingClock: Double? { timeline.parts.first?.start }
  /// Set while paused: when the pause began.
  public var pausedSince: Double? { timeline.pausedSince }
  /// Seconds spent in pauses that are over.
  public var totalPaused: Double { timeline.finishedPausesSeconds }
  /// The latest timeline seconds seen in the journal.
  public var lastClock: Double { timeline.last }

  /// The timeline at wall time `now`: what a live terminal passes as `clock`.
  public func clock(at now: Date) -> Double { timeline.seconds(at: now) }

  /// The interview clock at `clock`: time since the start, minus pauses, stopped at the end.
  public func elapsed(at clock: Double) -> Double { timeline.interview(at: clock) }

  /// Interview time on a step at `clock`, over all its visits, pauses excluded.
  ///
  /// The finished visits' time is kept as they finish; only the open one is added here.
  public func timeOnStep(_ id: String, at clock: Double) -> Double {
    let finished = finishedVisitSeconds[id] ?? 0
    guard let open = visits[id]?.last, open.left == nil else { return finished }
    return finished + timeline.interviewSeconds(from: open.entered, to: clock)
  }

  /// Whether a step was ever on screen.
  public func wasVisited(_ id: String) -> Bool { !(visits[id] ?? []).isEmpty }

  /// Whether a step's latest skip is its latest word (not followed by a new visit).
  public func isSkipped(_ id: String) -> Bool {
    guard let index = lastSkip[id] else { return false }
    // Visits begin in timeline order: the latest one says whether the skip still holds.
    guard let entered = visits[id]?.last?.entered else { return true }
    return !(entered > skips[index].clock)
  }
}

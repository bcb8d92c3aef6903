import Foundation

/// Everything known about a running session, derived only by folding journal entries.
///
/// Nothing else is the source of truth: `rapport resume`, `rapport join` and exports all
/// replay the journal into this value. Clocks are seconds on the session's timeline
/// (`SessionTimeline`: wall time since the start, outages left out, pauses on it).
public struct SessionState: Equatable, Sendable {
  /// The protocol's step and attribute ids, to place `step-entered` events.
  public var outline: StepIDIndex
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
  public init(outline: StepIDIndex) {
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
    timeline = SessionTimeline()
    endReason = nil
    resumeCount = 0
  }

  public init(protocol interviewProtocol: InterviewProtocol) {
    self.init(outline: StepIDIndex(interviewProtocol))
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
  public var totalPaused: Double {
    timeline.pauses.reduce(0) { sum, pause in sum + (pause.end.map { $0 - pause.start } ?? 0) }
  }
  public var startClock: Double { 0 }
  public var endClock: Double? { timeline.end }
  /// The latest timeline seconds seen in the journal.
  public var lastClock: Double { timeline.last }

  /// The timeline at wall time `now`: what a live terminal passes as `clock`.
  public func clock(at now: Date) -> Double { timeline.seconds(at: now) }

  /// The interview clock at `clock`: time since the start, minus pauses, stopped at the end.
  public func elapsed(at clock: Double) -> Double { timeline.interview(at: clock) }

  /// Interview time on a step at `clock`, over all its visits, pauses excluded.
  public func timeOnStep(_ id: String, at clock: Double) -> Double {
    (visits[id] ?? []).reduce(0) { total, visit in
      total + timeline.interviewSeconds(from: visit.entered, to: visit.left ?? clock)
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

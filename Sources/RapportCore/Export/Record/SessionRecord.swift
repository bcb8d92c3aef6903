import Foundation

/// One session as every export sees it: who, which protocol, and what happened when.
///
/// Built from the journal alone (`SessionRecordBuilder`), never from the live session
/// state, so an export shows exactly what was written down, revisits and pauses included.
/// Every time is a position in the recording (`SessionTimeline.recording(at:)`): wall time
/// from the start of the recording part it falls in, through pauses and outages; times
/// before the first mark are negative; without a mark, wall time from the session start.
/// Durations (`activeSeconds`, a visit's `seconds`) are on the interview clock: pauses and
/// outages left out.
public struct SessionRecord: Equatable, Sendable {
  /// What time zero is: the recording mark (`/rec`) or, without one, the session start.
  public enum TimeBase: String, Equatable, Sendable {
    case recording
    case sessionStart = "session-start"
  }

  /// How the session stands at the end of its journal.
  public enum Status: String, Equatable, Sendable {
    case completed
    case screenedOut = "screened-out"
    case endedEarly = "ended-early"
    case inProgress = "in-progress"
  }

  public var sessionID: String
  public var protocolID: String
  /// The protocol's title, when its snapshot could be read.
  public var protocolTitle: String?
  public var protocolVersion: String?
  public var protocolSHA256: String
  /// False when the snapshot no longer matches its recorded hash (a hand-edited journal).
  public var snapshotIsIntact: Bool
  public var participant: String
  public var interviewers: [Interviewer]
  /// Wall-clock start (UTC).
  public var startedAt: Date
  public var status: Status
  /// The `end` step that screened the participant out, for `screenedOut`.
  public var endStep: String?
  public var plannedSeconds: Int?
  /// Working time from start to end, paused spans left out.
  public var activeSeconds: Double
  /// Paused time in total (the sum of `pauses`).
  public var pausedSeconds: Double
  public var timeBase: TimeBase
  /// Session-clock seconds from the start to the recording mark, when there is one.
  public var recordingOffset: Double?
  /// The session's last moment (its end, or its last event), from the time base.
  public var endTime: Double
  /// Participant attributes, protocol order first, then any the protocol does not name.
  public var attributes: [Answer]
  /// Final answers to survey items (not attributes), in the same order.
  public var answers: [Answer]
  /// Step visits in the order they happened; a step entered twice has two.
  public var visits: [Visit]
  /// What happened outside any step visit: session notes, pauses between steps, the end.
  public var sessionMoments: [Moment]
  public var pauses: [Pause]
  /// The parts of the recording, in order; times in part 2 are from part 2's start.
  public var recordingParts: [RecordingPart]
  /// Stretches when no terminal was writing (see `Moment.Kind.outage`).
  public var outages: [Outage]
  /// Oddities met while reading the journal, e.g. a second recording mark.
  public var warnings: [String]

  public init(
    sessionID: String, protocolID: String, protocolTitle: String? = nil,
    protocolVersion: String? = nil, protocolSHA256: String, snapshotIsIntact: Bool = true,
    participant: String, interviewers: [Interviewer] = [], startedAt: Date,
    status: Status = .inProgress, endStep: String? = nil, plannedSeconds: Int? = nil,
    activeSeconds: Double = 0, pausedSeconds: Double = 0, timeBase: TimeBase = .sessionStart,
    recordingOffset: Double? = nil, endTime: Double = 0, attributes: [Answer] = [],
    answers: [Answer] = [], visits: [Visit] = [], sessionMoments: [Moment] = [],
    pauses: [Pause] = [], recordingParts: [RecordingPart] = [], outages: [Outage] = [],
    warnings: [String] = []
  ) {
    self.sessionID = sessionID
    self.protocolID = protocolID
    self.protocolTitle = protocolTitle
    self.protocolVersion = protocolVersion
    self.protocolSHA256 = protocolSHA256
    self.snapshotIsIntact = snapshotIsIntact
    self.participant = participant
    self.interviewers = interviewers
    self.startedAt = startedAt
    self.status = status
    self.endStep = endStep
    self.plannedSeconds = plannedSeconds
    self.activeSeconds = activeSeconds
    self.pausedSeconds = pausedSeconds
    self.timeBase = timeBase
    self.recordingOffset = recordingOffset
    self.endTime = endTime
    self.attributes = attributes
    self.answers = answers
    self.visits = visits
    self.sessionMoments = sessionMoments
    self.pauses = pauses
    self.recordingParts = recordingParts
    self.outages = outages
    self.warnings = warnings
  }

  /// An interviewer and the part they played.
  public struct Interviewer: Equatable, Sendable {
    public var role: Role
    public var name: String

    public init(role: Role, name: String) {
      self.role = role
      self.name = name
    }
  }

  /// A recorded answer with the words needed to read it without the protocol.
  public struct Answer: Equatable, Sendable {
    public var item: String
    /// The question, when the protocol names the item.
    public var question: String?
    public var type: ItemType?
    public var value: AnswerValue
    /// The value as a person reads it: choice labels, `yes`/`no`, numbers without `.0`.
    public var display: String
    /// When it was last given, from the time base.
    public var time: Double

    public init(
      item: String, question: String? = nil, type: ItemType? = nil, value: AnswerValue,
      display: String, time: Double
    ) {
      self.item = item
      self.question = question
      self.type = type
      self.value = value
      self.display = display
      self.time = time
    }
  }

  /// A span when the session clock was paused; `end` is nil when it never resumed.
  public struct Pause: Equatable, Sendable {
    public var start: Double
    public var end: Double?
    public var seconds: Double

    public init(start: Double, end: Double?, seconds: Double) {
      self.start = start
      self.end = end
      self.seconds = seconds
    }
  }

  /// One part of the recording: where it starts and how long it ran.
  public struct RecordingPart: Equatable, Sendable {
    public var number: Int
    public var startedAt: Date
    /// Wall seconds from the session start to this part's start.
    public var offset: Double
    /// How long it ran; nil when it was never stopped.
    public var seconds: Double?

    public init(number: Int, startedAt: Date, offset: Double, seconds: Double?) {
      self.number = number
      self.startedAt = startedAt
      self.offset = offset
      self.seconds = seconds
    }
  }

  /// A stretch with no terminal writing, and what the interviewers said of the recorder.
  public struct Outage: Equatable, Sendable {
    public var from: Date
    public var to: Date
    /// True: the recorder kept going; false: its part ended at `from`; nil: not asked
    /// (no recording ran, or a journal from before the question).
    public var recordingRanOn: Bool?

    public init(from: Date, to: Date, recordingRanOn: Bool?) {
      self.from = from
      self.to = to
      self.recordingRanOn = recordingRanOn
    }

    public var seconds: Double { max(0, to.timeIntervalSince(from)) }

    /// "no notes from 12:03 to 12:21 UTC: the interviewers' terminal was down", and what
    /// became of the recording.
    public var sentence: String {
      let base =
        "no notes from \(Self.clock(from)) to \(Self.clock(to)) UTC: "
        + "the interviewers' terminal was down"
      switch recordingRanOn {
      case true?: return base + "; the recording ran on"
      case false?: return base + "; the recording stopped"
      case nil: return base
      }
    }

    static func clock(_ date: Date) -> String {
      String(JournalTimestamp.format(date).dropFirst(11).prefix(5))
    }
  }
}

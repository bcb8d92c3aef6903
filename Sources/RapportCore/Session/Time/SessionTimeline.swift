import Foundation

/// The one model of time in a session: every time on any screen and in any export is read
/// from this fold of the journal, so two terminals, the sessions list and the exports agree.
///
/// Three clocks (see `docs/journal-format.md`):
/// - **wall time**: each entry's `at` (UTC);
/// - **the interview clock**: seconds since the start with pauses and outages left out, what
///   the status line shows (`interview(at:)`);
/// - **recording time**: the media position, wall time since the start of the recording part
///   the moment falls in, running through pauses and outages (`recording(at:)`).
///
/// The timeline underneath (`seconds`) is wall time since the start with outages left out:
/// an outage is the gap before a `session-resumed`, when no terminal was writing. Pauses
/// stay on it and are subtracted by `interview(at:)`. Times never run backwards: a wall
/// clock set back makes them stand still until it catches up.
public struct SessionTimeline: Equatable, Sendable {
  /// A span the session was paused, on the timeline; `end` is nil while it lasts.
  public struct Pause: Equatable, Sendable {
    public var start: Double
    public var end: Double?
    /// True when a `resumed` ended it (not the end of the session).
    public var resumed = false
  }

  /// A stretch with no terminal writing, ended by a `session-resumed`.
  public struct Outage: Equatable, Sendable {
    /// Wall time of the last entry before the outage, and of the `session-resumed`.
    public var from: Date
    public var to: Date
    /// Where it sits on the timeline (it takes no time there).
    public var at: Double
    /// Whether a recording part was running when the outage began.
    public var recordingWasRunning: Bool
    /// The interviewers' answer to "Was the recording still running?"; nil if not asked.
    public var recordingKeptRunning: Bool?

    public var seconds: Double { max(0, to.timeIntervalSince(from)) }
  }

  /// One stretch of the recording, from a mark (`/rec`) to its stop, numbered from 1.
  public struct RecordingPart: Equatable, Sendable {
    public var number: Int
    public var startedAt: Date
    /// Wall time of its end (a stop, or the last entry before an outage it did not survive).
    public var endedAt: Date?
    /// Timeline seconds of the start and end.
    public var start: Double
    public var end: Double?

    public var isRunning: Bool { endedAt == nil }
  }

  /// The times of one moment on every clock.
  public struct Stamp: Equatable, Sendable {
    public var wall: Date
    /// Timeline seconds (pauses on it, outages not).
    public var seconds: Double
    /// The interview clock.
    public var interview: Double
    /// The media position, when any recording part exists.
    public var recording: RecordingTime?
  }

  public private(set) var startedAt: Date?
  /// The latest wall time seen and the timeline seconds there.
  public private(set) var lastAt: Date?
  public private(set) var last: Double = 0
  public private(set) var pauses: [Pause] = []
  public private(set) var outages: [Outage] = []
  public private(set) var parts: [RecordingPart] = []
  /// Timeline seconds of the `ended` event.
  public private(set) var end: Double?
  private var times: [EntryKey: Double] = [:]
  /// Paused seconds before each pause began (the sum of the finished ones before it), so
  /// the interview clock at any moment is a binary search, not a walk over every pause.
  private var pausedBefore: [Double] = []

  public init() {}

  /// The timeline built from a whole journal.
  public init(_ entries: [JournalEntry]) {
    for entry in entries { fold(entry) }
  }

  /// Takes one more entry into account; returns its timeline seconds.
  @discardableResult
  public mutating func fold(_ entry: JournalEntry) -> Double {
    let seconds: Double
    if let lastAt {
      let gap = max(0, entry.at.timeIntervalSince(lastAt))
      if entry.event == .sessionResumed {
        seconds = last
        outages.append(
          Outage(
            from: lastAt, to: max(lastAt, entry.at), at: last, recordingWasRunning: isRecording))
      } else {
        seconds = last + gap
      }
      self.lastAt = max(lastAt, entry.at)
    } else {
      startedAt = entry.at
      lastAt = entry.at
      seconds = 0
    }
    last = seconds
    times[EntryKey(entry)] = seconds
    switch entry.event {
    case .paused where !isPaused && end == nil:
      pausedBefore.append(finishedPausesSeconds)
      pauses.append(Pause(start: seconds))
    case .resumed where isPaused:
      closePause(at: seconds)
      pauses[pauses.count - 1].resumed = true
    case .ended where end == nil:
      closePause(at: seconds)
      end = seconds
    case .recordingStarted where !isRecording:
      parts.append(
        RecordingPart(number: parts.count + 1, startedAt: entry.at, start: seconds))
    case .recordingStopped where isRecording:
      stopRecording(at: entry.at, seconds: seconds)
    case .recordingChecked(let stillRunning):
      guard let index = outages.indices.last, outages[index].recordingWasRunning,
        outages[index].recordingKeptRunning == nil
      else { break }
      outages[index].recordingKeptRunning = stillRunning
      if !stillRunning, isRecording {
        stopRecording(at: outages[index].from, seconds: outages[index].at)
      }
    default: break
    }
    return seconds
  }

  public var isPaused: Bool { pauses.last.map { $0.end == nil } ?? false }
  public var isRecording: Bool { parts.last?.isRunning ?? false }
  public var isEnded: Bool { end != nil }
  /// Where an open pause began.
  public var pausedSince: Double? { isPaused ? pauses.last?.start : nil }

  /// The last outage during which a recording ran, until the interviewers say whether the
  /// recorder kept going: the runner asks about it.
  public var outageAwaitingRecordingCheck: Outage? {
    guard let outage = outages.last, outage.recordingWasRunning,
      outage.recordingKeptRunning == nil, isRecording
    else { return nil }
    return outage
  }

  /// The timeline seconds of an entry already folded (nil for one never seen).
  public func seconds(of entry: JournalEntry) -> Double? { times[EntryKey(entry)] }

  /// The timeline at wall time `now`, for a live terminal: the last entry's seconds plus the
  /// wall time since it. Every terminal computes it the same way from the same journal.
  public func seconds(at now: Date) -> Double {
    guard let lastAt else { return 0 }
    return last + max(0, now.timeIntervalSince(lastAt))
  }

  /// Paused seconds on the timeline up to `seconds`.
  ///
  /// Pauses lie in timeline order, each over before the next: every pause before the last
  /// one begun by `seconds` counts whole (kept summed), that one up to `seconds`.
  public func pausedSeconds(upTo seconds: Double) -> Double {
    var low = 0
    var high = pauses.count
    while low < high {
      let middle = (low + high) / 2
      if pauses[middle].start < seconds { low = middle + 1 } else { high = middle }
    }
    guard low > 0 else { return 0 }
    let pause = pauses[low - 1]
    return pausedBefore[low - 1] + max(0, min(seconds, pause.end ?? seconds) - pause.start)
  }

  /// Seconds spent in pauses that are over.
  public var finishedPausesSeconds: Double {
    guard let pause = pauses.last else { return 0 }
    let before = pausedBefore[pausedBefore.count - 1]
    return pause.end.map { before + ($0 - pause.start) } ?? before
  }

  /// The interview clock at timeline `seconds`: pauses left out, stopped at the end.
  public func interview(at seconds: Double) -> Double {
    let now = min(seconds, end ?? seconds)
    return max(0, now - pausedSeconds(upTo: now))
  }

  /// Interview seconds between two timeline points (a step's time on screen).
  public func interviewSeconds(from start: Double, to finish: Double) -> Double {
    max(0, interview(at: finish) - interview(at: start))
  }

  /// The media position at wall time `wall`: in the part running then; between two parts
  /// (and before the first), negative from the next part's start; after the last part
  /// stopped, past its end. Nil when the recording was never marked.
  public func recording(at wall: Date) -> RecordingTime? {
    guard let first = parts.first else { return nil }
    var part = first
    if let index = parts.lastIndex(where: { $0.startedAt <= wall }) {
      let ended = parts[index].endedAt.map { wall > $0 } ?? false
      part = ended && index + 1 < parts.count ? parts[index + 1] : parts[index]
    }
    let inside = wall >= part.startedAt && part.endedAt.map { wall <= $0 } ?? true
    return RecordingTime(
      part: part.number, seconds: wall.timeIntervalSince(part.startedAt), isRecorded: inside)
  }

  /// Every clock at one entry.
  public func stamp(_ entry: JournalEntry) -> Stamp {
    let seconds = self.seconds(of: entry) ?? last
    return Stamp(
      wall: entry.at, seconds: seconds, interview: interview(at: seconds),
      recording: recording(at: entry.at))
  }

  private mutating func closePause(at seconds: Double) {
    guard let index = pauses.indices.last, pauses[index].end == nil else { return }
    pauses[index].end = max(pauses[index].start, seconds)
  }

  private mutating func stopRecording(at wall: Date, seconds: Double) {
    guard let index = parts.indices.last else { return }
    parts[index].endedAt = max(parts[index].startedAt, wall)
    parts[index].end = max(parts[index].start, seconds)
  }
}

/// A position in the recording: which part, and seconds from that part's start.
public struct RecordingTime: Equatable, Sendable {
  public var part: Int
  /// Seconds from the part's start; negative before the first part.
  public var seconds: Double
  /// False before the part began or after it ended (the recorder was not running).
  public var isRecorded: Bool

  public init(part: Int, seconds: Double, isRecorded: Bool) {
    self.part = part
    self.seconds = seconds
    self.isRecorded = isRecorded
  }
}

/// Names one journal line: writer, sequence number and wall time.
struct EntryKey: Hashable, Sendable {
  var writer: String
  var seq: Int
  var at: Date

  init(_ entry: JournalEntry) {
    writer = entry.writer
    seq = entry.seq
    at = entry.at
  }
}

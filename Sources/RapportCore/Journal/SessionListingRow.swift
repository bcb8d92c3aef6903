import Foundation

/// One row of `rapport sessions`: who, what, when, how long, how far, in what state.
public struct SessionListingRow: Equatable, Sendable {
  public enum Status: String, Equatable, Sendable {
    /// A writer is attached and the session is running.
    case inProgress = "in-progress"
    /// Paused on purpose (with or without a writer attached).
    case paused
    /// Ended: completed, screened out or ended early (see `endReason`).
    case complete
    /// Not ended, not paused, and no writer attached: the process died or was closed.
    case interrupted
  }

  public var sessionID: String?
  public var participant: String?
  public var protocolID: String?
  /// Wall-clock time of the session's first event.
  public var started: Date?
  /// The interview clock at the end (or the last event): `SessionTimeline`, as on screen.
  public var duration: Double
  public var status: Status
  public var endReason: EndReason?
  /// Distinct steps entered (participant attributes not counted when the protocol is known).
  public var stepsCovered: Int
  /// Steps the protocol has (sections and `end` steps not counted); nil without the protocol.
  public var stepsTotal: Int?
  public var notesCount: Int
  public var flagsCount: Int

  /// Summarises a journal. `isWriterAlive` says whether a process is attached to it now;
  /// `protocol` (parsed from the journal's snapshot) lets steps be counted against the total.
  public init(
    entries: [JournalEntry], isWriterAlive: Bool,
    protocol interviewProtocol: InterviewProtocol? = nil
  ) {
    var start: SessionStart?
    var entered = Set<String>()
    var notes = 0
    var flags = 0
    var ended: EndReason?
    for entry in entries {
      switch entry.event {
      case .sessionStarted(let s): start = s
      case .stepEntered(let step): entered.insert(step)
      case .noted: notes += 1
      case .flagged: flags += 1
      case .ended(let reason): if ended == nil { ended = reason }
      default: break
      }
    }
    let timeline = SessionTimeline(entries)
    sessionID = start?.sessionID
    participant = start?.participant
    protocolID = start?.protocolID
    started = entries.first?.at
    duration = timeline.interview(at: timeline.end ?? timeline.last)
    endReason = ended
    notesCount = notes
    flagsCount = flags
    if ended != nil {
      status = .complete
    } else if timeline.isPaused {
      status = .paused
    } else {
      status = isWriterAlive ? .inProgress : .interrupted
    }
    if let interviewProtocol {
      let counted = interviewProtocol.flattenedSteps.filter {
        switch $0.step.kind {
        case .section, .end: false
        default: true
        }
      }.map(\.step.id.value)
      stepsCovered = counted.filter(entered.contains).count
      stepsTotal = counted.count
    } else {
      stepsCovered = entered.count
      stepsTotal = nil
    }
  }
}

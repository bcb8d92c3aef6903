/// One thing that happened in a session, named for what happened; the journal is a list
/// of these and the session state is nothing but their fold.
///
/// JSON shape (stable; see `docs/journal-format.md`): one object whose `type` is the case
/// name in kebab-case and whose other keys are the case's fields in kebab-case, absent when
/// nil. Step and item ids are protocol ids; participant attributes are entered, answered
/// and left like steps, under their attribute ids. Indexes are one-based, as shown on screen.
///
///     {"type":"noted","step":"q3","role":"lead","text":"long pause"}
///     {"type":"answered","item":"school","value":{"text":"none"}}
///     {"type":"ended","reason":"screened-out","step":"not-eligible-school"}
public enum SessionEvent: Equatable, Hashable, Sendable {
  /// The first event of every journal: who, which protocol (with a snapshot of its text).
  case sessionStarted(SessionStart)
  /// A participant attribute (Table 1 of the study) was recorded or changed.
  case attributeRecorded(item: String, value: AnswerValue)
  /// The step (or participant attribute) became the one on screen.
  case stepEntered(step: String)
  /// The step stopped being the one on screen; time on it stops accumulating.
  case stepLeft(step: String)
  /// Prompt `index` (one-based) of an open question was asked.
  case promptUsed(step: String, index: Int)
  /// Rephrasing `index` (one-based) of an open question was read.
  case rephrased(step: String, index: Int)
  /// The question's round-up was asked.
  case roundedUp(step: String)
  /// A free-text note by one interviewer, on a step or (nil) on the session as a whole.
  case noted(step: String?, role: Role, text: String)
  /// A survey item was answered or its answer changed.
  case answered(item: String, value: AnswerValue)
  /// An answer (item or attribute) was withdrawn.
  case answerCleared(item: String)
  /// Checklist item `item` (one-based) of `step` was ticked (true) or unticked (false).
  case checked(step: String, item: Int, isChecked: Bool)
  /// The step was passed over on purpose, optionally with a reason.
  case skipped(step: String, reason: String?)
  /// A moment marked for the transcriber, e.g. a sensitive passage.
  case flagged(step: String?, text: String?)
  /// The recording was started; exports are timed from this mark. After a stop, a new
  /// mark starts the next part of the recording.
  case recordingStarted
  /// The recording was stopped (`/rec stop`, or a `stop-recording` step passed): the
  /// current recording part ends here.
  case recordingStopped
  /// After a crash or a takeover, the interviewers' answer to "Was the recording still
  /// running?": true, the recorder kept going through the outage; false, the part ended at
  /// the last event before the outage.
  case recordingChecked(stillRunning: Bool)
  /// The interview clock is paused; paused time is left out of every duration (the
  /// recording time runs on).
  case paused
  /// The interview clock runs again after `paused`.
  case resumed
  /// A process re-attached after a stop or a crash, or took over driving. The time since
  /// the line before is an outage: left out of the interview clock; the recording time runs
  /// through it unless `recordingChecked(stillRunning: false)` follows.
  case sessionResumed
  /// A cue from one interviewer's terminal to the other's (`rapport join`).
  case cue(from: Role, kind: CueKind, text: String)
  /// The session is over; nothing but notes by `rapport join` may follow.
  case ended(reason: EndReason)

  /// The JSON `type` of this event.
  public var typeName: String {
    switch self {
    case .sessionStarted: "session-started"
    case .attributeRecorded: "attribute-recorded"
    case .stepEntered: "step-entered"
    case .stepLeft: "step-left"
    case .promptUsed: "prompt-used"
    case .rephrased: "rephrased"
    case .roundedUp: "rounded-up"
    case .noted: "noted"
    case .answered: "answered"
    case .answerCleared: "answer-cleared"
    case .checked: "checked"
    case .skipped: "skipped"
    case .flagged: "flagged"
    case .recordingStarted: "recording-started"
    case .recordingStopped: "recording-stopped"
    case .recordingChecked: "recording-checked"
    case .paused: "paused"
    case .resumed: "resumed"
    case .sessionResumed: "session-resumed"
    case .cue: "cue"
    case .ended: "ended"
    }
  }

  /// The step this event concerns, when it concerns one (item ids count as steps).
  public var step: String? {
    switch self {
    case .stepEntered(let step), .stepLeft(let step), .promptUsed(let step, _),
      .rephrased(let step, _), .roundedUp(let step), .checked(let step, _, _),
      .skipped(let step, _):
      step
    case .noted(let step, _, _), .flagged(let step, _): step
    case .attributeRecorded(let item, _), .answered(let item, _), .answerCleared(let item):
      item
    case .ended(.screenedOut(let step)): step
    case .sessionStarted, .recordingStarted, .recordingStopped, .recordingChecked, .paused,
      .resumed, .sessionResumed, .cue, .ended:
      nil
    }
  }
}

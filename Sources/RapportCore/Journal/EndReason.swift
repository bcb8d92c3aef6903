/// Why a session ended, as the journal records it.
public enum EndReason: Equatable, Hashable, Sendable {
  /// Every step was walked, or the protocol's final `end` step was reached.
  case completed
  /// An `end` step other than the protocol's last one was reached (a screening survey's
  /// "not eligible"); carries that step's id so exports can say which.
  case screenedOut(step: String)
  /// The interviewer ended the session with `/end` before the last step.
  case endedEarly
}

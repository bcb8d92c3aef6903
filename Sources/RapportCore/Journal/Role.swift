/// Which of the two interviewers did something: one leads the interview, one supports it.
public enum Role: String, Equatable, Hashable, Sendable, Codable, CaseIterable {
  case lead
  case support
}

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

/// What a live cue from one interviewer to the other is about (see `rapport join`).
public enum CueKind: String, Equatable, Hashable, Sendable, Codable, CaseIterable {
  /// "Ask prompt N"; the cue's text names the prompt.
  case suggestPrompt = "suggest-prompt"
  /// A free-text suggestion, e.g. "ask about placements".
  case message
  /// "Mind the time".
  case timeWarning = "time-warning"
}

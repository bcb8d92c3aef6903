/// What a live cue from one interviewer to the other is about (see `rapport join`).
public enum CueKind: String, Equatable, Hashable, Sendable, Codable, CaseIterable {
  /// "Ask prompt N"; the cue's text names the prompt.
  case suggestPrompt = "suggest-prompt"
  /// A free-text suggestion, e.g. "ask about placements".
  case message
  /// "Mind the time".
  case timeWarning = "time-warning"
}

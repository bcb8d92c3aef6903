/// Which of the two interviewers did something: one leads the interview, one supports it.
public enum Role: String, Equatable, Hashable, Sendable, Codable, CaseIterable {
  case lead
  case support
}

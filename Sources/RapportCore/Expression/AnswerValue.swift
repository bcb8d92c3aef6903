/// A recorded answer to a survey item or participant attribute.
public enum AnswerValue: Equatable, Sendable, Codable, Hashable {
  case text(String)
  case number(Double)
  /// Choices of a multiple-choice item, in display order; "other" text included as written.
  case choices([String])
  case boolean(Bool)
  /// An ISO 8601 calendar date, `YYYY-MM-DD`.
  case date(String)
}

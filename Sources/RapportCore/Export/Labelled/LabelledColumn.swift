/// One variable of the labelled answers: its name, label, type, value labels, and its cell.
///
/// Made from the answers table's columns (`AnswerColumn`), so the two files agree on what
/// is asked and answered; only the coding differs. Choices become numbers (options 1, 2, …
/// in protocol order; 0/1 for yes/no and for each option of a multiple choice) and an
/// unanswered item gets its `MissingReason` code instead of an empty cell.
public struct LabelledColumn: Equatable, Sendable {
  public enum Kind: Equatable, Sendable {
    /// A numeric code with value labels.
    case coded
    /// A number as given; `decimals` is the most any answer has.
    case number(decimals: Int)
    /// Free text.
    case text
    /// A date, `YYYY-MM-DD` in the file.
    case date
  }

  enum Source: Equatable, Sendable {
    case session, participant
    case answer(AnswerColumn)
    /// The own words given to a single choice, beside its code.
    case ownWords(AnswerColumn)
  }

  /// The variable's name, valid in Stata, SPSS and R (`VariableName`).
  public var name: String
  /// The column of the answers CSV it comes from (`session`, `school`, `categories__other`).
  public var column: String
  /// The variable label: the question, and for one option of a multiple choice, the option.
  public var label: String
  public var kind: Kind
  /// Codes and their labels, not counting the missing-value codes.
  public var valueLabels: [ValueLabel]
  var source: Source

  public struct ValueLabel: Equatable, Sendable {
    public var code: Int
    public var label: String
  }

  /// False for the `session` and `participant` columns, which are never missing.
  var isAnswer: Bool {
    switch source {
    case .session, .participant: false
    case .answer, .ownWords: true
    }
  }

  /// The item whose answer fills the cell, for an answer's column.
  var item: String? {
    switch source {
    case .session, .participant: nil
    case .answer(let column), .ownWords(let column): column.item
    }
  }

  /// The cell for one session: `values` are its answers by item, `missing` its reasons.
  func cell(_ record: SessionRecord, _ values: [String: AnswerValue], _ missing: MissingReason?)
    -> String
  {
    switch source {
    case .session: return record.sessionID
    case .participant: return record.participant
    case .answer(let column):
      guard let value = values[column.item] else { return (missing ?? .notAsked).code }
      guard kind == .coded, case .value = column.coding else {
        return LabelText.oneLine(column.cell(value))
      }
      let chosen = column.cell(value)
      let index = column.options.firstIndex { $0.value == chosen }
      return String((index ?? column.options.count) + 1)
    case .ownWords(let column):
      guard let value = values[column.item] else { return (missing ?? .notAsked).code }
      let chosen = column.cell(value)
      return column.options.contains { $0.value == chosen } ? "" : LabelText.oneLine(chosen)
    }
  }
}

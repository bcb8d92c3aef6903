/// An answer as the study compares it with quota cells and keeps it in the ledger: the
/// text a person would write in the study file (`3`, `imperial`, `yes`).
public enum StudyCell {
  public static func text(_ value: AnswerValue) -> String {
    switch value {
    case .text(let text), .date(let text): text
    case .number(let number):
      number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
    case .boolean(let flag): flag ? "yes" : "no"
    case .choices(let choices): choices.joined(separator: ", ")
    }
  }
}

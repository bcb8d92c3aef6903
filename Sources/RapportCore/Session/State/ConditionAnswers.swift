/// The answers as `when:` conditions see them.
///
/// An "other, please specify" answer is stored as the participant's own words, which no
/// condition can know in advance. Conditions may name the item's `other` label (lint
/// accepts it), so here such an answer reads as that label: `gender == "Prefer to
/// self-describe"` holds whatever words were typed. The journal keeps the words.
struct ConditionAnswers: Sendable {
  private struct OtherChoice: Sendable {
    var values: Set<String>
    var label: String
  }

  private let others: [String: OtherChoice]

  init(_ interviewProtocol: InterviewProtocol) {
    var others: [String: OtherChoice] = [:]
    for item in interviewProtocol.answerableItems where item.type.hasOptions {
      guard let other = item.other?.value else { continue }
      others[item.id.value] = OtherChoice(
        values: Set(item.options.map(\.value.value)), label: other)
    }
    self.others = others
  }

  /// `answers` with every own-words choice replaced by its item's `other` label.
  func view(_ answers: [String: AnswerValue]) -> [String: AnswerValue] {
    guard !others.isEmpty else { return answers }
    var seen = answers
    for (id, other) in others {
      switch answers[id] {
      case .text(let text) where !other.values.contains(text):
        seen[id] = .text(other.label)
      case .choices(let choices):
        var mapped: [String] = []
        for choice in choices {
          let value = other.values.contains(choice) ? choice : other.label
          if !mapped.contains(value) { mapped.append(value) }
        }
        seen[id] = .choices(mapped)
      default:
        break
      }
    }
    return seen
  }
}

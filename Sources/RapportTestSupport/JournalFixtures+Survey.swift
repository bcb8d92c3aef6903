import Foundation
import RapportCore

extension JournalFixtures {
  /// The eligibility screening survey, shortened: a single choice with option values, a
  /// yes-no, a multiple choice with "other", an integer, and a screen-out end.
  public static let screeningOutline = ProtocolOutline(
    title: "Register your interest", plannedSeconds: 600,
    steps: [
      StepOutline(
        id: "school", kind: .item, text: "Which medical school?",
        item: ItemOutline(
          id: "school", type: .singleChoice, ask: "Which medical school?",
          options: [
            .init(value: "imperial", label: "Imperial College London"),
            .init(value: "ucl", label: "University College London"),
            .init(value: "none", label: "None of these"),
          ])),
      StepOutline(
        id: "impacted", kind: .item, text: "Impacted by discrimination?",
        item: ItemOutline(id: "impacted", type: .yesNo, ask: "Impacted by discrimination?")),
      StepOutline(
        id: "categories", kind: .item, text: "Which of these describe you?",
        item: ItemOutline(
          id: "categories", type: .multipleChoice, ask: "Which of these describe you?",
          options: [
            .init(value: "disability", label: "Disability"),
            .init(value: "lgbtqia", label: "LGBTQIA+"),
            .init(value: "mature", label: "Mature students"),
          ], other: "Other, please specify")),
      StepOutline(
        id: "year", kind: .item, text: "Which year?",
        item: ItemOutline(id: "year", type: .integer, ask: "Which year?")),
      StepOutline(id: "not-eligible", kind: .end, text: "Thank you for your interest."),
    ])

  /// One respondent's screening; `school` "none" ends it at `not-eligible`.
  public static func screening(
    participant: String, school: String, categories: [String] = [], year: Double = 2
  ) -> [JournalEntry] {
    var events: [(Double, SessionEvent)] = [
      (0, .sessionStarted(start(participant: participant, protocolID: "eligibility-screening"))),
      (1, .stepEntered(step: "school")),
      (5, .answered(item: "school", value: .text(school))),
      (5, .stepLeft(step: "school")),
    ]
    if school == "none" {
      events += [
        (5, .stepEntered(step: "not-eligible")),
        (6, .ended(reason: .screenedOut(step: "not-eligible"))),
      ]
      return entries(events)
    }
    events += [
      (5, .stepEntered(step: "impacted")),
      (8, .answered(item: "impacted", value: .boolean(true))),
      (8, .stepLeft(step: "impacted")),
      (8, .stepEntered(step: "categories")),
      (20, .answered(item: "categories", value: .choices(categories))),
      (20, .stepLeft(step: "categories")),
      (20, .stepEntered(step: "year")),
      (24, .answered(item: "year", value: .number(year))),
      (24, .stepLeft(step: "year")),
      (25, .ended(reason: .completed)),
    ]
    return entries(events)
  }
}

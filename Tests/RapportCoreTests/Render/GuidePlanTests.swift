import Testing

@testable import RapportCore

@Suite struct GuidePlanTests {
  static let plan = GuidePlan(GuideFixtures.pilot)

  @Test func numbersStepsThroughSectionsButNotTheSectionsThemselves() {
    let headings = Self.plan.blocks.map { block -> String in
      switch block {
      case .section(let section):
        "§\(section.depth) \(section.title) if \(section.condition ?? "-")"
      case .step(let step): "\(step.number) \(step.id) depth \(step.depth) \(step.title)"
      }
    }
    #expect(
      headings == [
        "1 consent depth 0 Consent", "2 start depth 0 Marker",
        "3 q1 depth 0 Question 1 · Warm up",
        "§1 Senior students if year >= 3", "4 q2 depth 1 Question 2", "5 rating depth 1 Scale",
        "6 place depth 0 Single choice", "7 done depth 0 End of session",
      ])
  }

  @Test func runsTheClockThroughEveryBudget() {
    let slots = Self.plan.timePlan.map {
      "\($0.number) \($0.id) \(GuideWording.timing($0.timing))"
    }
    #expect(
      slots == [
        "1 consent 1 min · by 0:01", "3 q1 5 min · by 0:06", "4 q2 4 min 30 s · by 0:10:30",
      ])
    #expect(Self.plan.totalBudget == PlannedDuration(seconds: 630))
  }

  @Test func saysWhenBudgetsRunPastThePlannedDuration() {
    var proto = GuideFixtures.pilot
    proto.duration = GuideFixtures.minutes(480)
    #expect(
      GuideWording.totals(GuidePlan(proto))
        == "Budgets add up to 10 min 30 s, 2 min 30 s more than the planned 8 min.")
    proto.duration = nil
    #expect(GuideWording.totals(GuidePlan(proto)) == "Budgets add up to 10 min 30 s.")
  }

  @Test(arguments: [
    (45, "45 s", "0:00:45"), (60, "1 min", "0:01"), (270, "4 min 30 s", "0:04:30"),
    (3600, "60 min", "1:00"), (5_460, "91 min", "1:31"), (7_200, "2 h", "2:00"),
    (9_030, "2 h 30 min 30 s", "2:30:30"),
  ])
  func wordsDurationsAndClockTimes(seconds: Int, duration: String, clock: String) {
    #expect(GuideWording.duration(PlannedDuration(seconds: seconds)) == duration)
    #expect(GuideWording.clock(PlannedDuration(seconds: seconds)) == clock)
  }

  @Test func describesSurveyItemsInWords() throws {
    let place = Self.plan.blocks.compactMap { block -> GuidePlan.Item? in
      if case .step(let step) = block, case .item(let item) = step.content, step.id == "place" {
        return item
      }
      return nil
    }.first
    #expect(
      place
        == GuidePlan.Item(
          id: "place", ask: "Where do you study?", answer: "choose one",
          options: [
            GuidePlan.Option(label: "Library", value: "lib"), GuidePlan.Option(label: "Home"),
          ], other: "Somewhere else", required: false, condition: nil, check: nil, note: nil))
    #expect(Self.plan.participant?.attributes.first?.answer == "whole number from 1 to 6")
  }

  @Test func showsConditionsOnOneLineAsWritten() {
    #expect(
      GuideWording.condition("  year >= 3\n   and school != \"x\"  ")
        == "year >= 3 and school != \"x\"")
  }
}

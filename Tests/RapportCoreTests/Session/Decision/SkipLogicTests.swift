import RapportCore
import RapportTestSupport
import Testing

@Suite("Skip logic and screen-out")
struct SkipLogicTests {
  func atSchool() -> SessionScript {
    var s = SessionScript(SessionFixtures.eligibility)
    s.type("")
    return s
  }

  @Test("school 'none' screens out at its end step, after Enter")
  func screenOutOnSchool() {
    var s = atSchool()
    s.type("3")
    #expect(s.state.answers["school"] == .text("none"))
    #expect(s.state.currentStepID == "not-eligible-school")
    #expect(!s.state.isEnded)
    s.type("")
    #expect(s.state.endReason == .screenedOut(step: "not-eligible-school"))
    #expect(
      s.events.suffix(2) == [
        .stepLeft(step: "not-eligible-school"),
        .ended(reason: .screenedOut(step: "not-eligible-school")),
      ])
  }

  @Test("an end step whose condition does not hold is passed by")
  func eligiblePath() {
    var s = atSchool()
    s.type(["University College London", "y", "1, LGBTQIA+, my own words", "3", ""])
    #expect(s.state.answers["school"] == .text("ucl"))
    #expect(s.state.answers["categories"] == .choices(["disability", "lgbtqia", "my own words"]))
    #expect(s.state.currentStepID == "eligible")
    #expect(!s.state.wasVisited("not-eligible-school"))
    #expect(!s.state.wasVisited("not-eligible-impacted"))
    #expect(s.state.isSkipped("started") == false)
    s.type("")
    #expect(s.state.endReason == .completed)
  }

  @Test("going back from a screen-out and changing the answer continues the survey")
  func backAndChangeAnswer() {
    var s = atSchool()
    s.type(["none", "/b"])
    #expect(s.state.currentStepID == "school")
    #expect(s.screen().contains("Answer: None of these"))
    s.type("imperial")
    #expect(s.state.answers["school"] == .text("imperial"))
    #expect(s.state.currentStepID == "impacted")
    s.type("n")
    #expect(s.state.currentStepID == "not-eligible-impacted")
    s.type(["/b", "yes"])
    #expect(s.state.currentStepID == "categories")
  }

  @Test("back skips steps whose conditions do not hold")
  func backSkipsHidden() {
    var s = atSchool()
    s.type(["1", "/b"])
    #expect(s.state.currentStepID == "school")
  }

  @Test("a skipped optional item has no answer and is not asked again")
  func skipOptional() {
    var s = atSchool()
    s.type(["1", "y", "2", "5", "2022-09-01", "/b", "/s not asked on the phone"])
    #expect(s.state.answers["started"] == nil)
    #expect(s.state.skips.map(\.reason) == ["not asked on the phone"])
    #expect(s.state.currentStepID == "eligible")
    #expect(s.state.isSkipped("started"))
  }

  @Test("goto refuses unknown ids with a suggestion and warns about hidden steps")
  func gotoSteps() {
    var s = atSchool()
    s.type("/g impactd")
    #expect(s.feedback == ["there is no step 'impactd' (did you mean 'impacted'?)"])
    s.type("/g zzz")
    #expect(s.feedback == ["there is no step 'zzz': press Tab after /goto to list them"])
    s.type("/g about")
    #expect(s.state.currentStepID == "about")
    s.type("/g school")
    s.type("2")
    s.type("/g not-eligible-school")
    #expect(
      s.feedback == [
        #"note: 'not-eligible-school' is normally not shown here (when 'school == "none"')"#
      ])
  }
}

@Suite("Skip logic with 'other, please specify'")
struct OtherChoiceConditionTests {
  typealias B = ProtocolBuilder

  /// Gender with an "other" choice; a follow-up shown only to those who chose it.
  let interview = InterviewProtocol(
    id: B.at("other"), title: B.at("Other"),
    steps: [
      B.step(
        B.item(
          "gender", .singleChoice, ask: "Gender", options: B.labels("Male", "Female"),
          other: "Prefer to self-describe", required: true)),
      B.step(
        B.item(
          "groups", .multipleChoice, ask: "Groups", options: [("refugee", "Refugee status")],
          other: "Other, please specify")),
      B.question("self", ask: "Tell me more about how you describe yourself?"),
      B.question("more", ask: "And the other group?"),
      B.question("last", ask: "Anything else?"),
    ].enumerated().map { index, step in
      var step = step
      if index == 2 { step.when = B.condition("gender == \"Prefer to self-describe\"") }
      if index == 3 { step.when = B.condition("\"Other, please specify\" in groups") }
      return step
    },
    location: B.here)

  @Test func ownWordsCountAsTheOtherChoiceInConditions() {
    var s = SessionScript(interview)
    s.type(["their own words", "refugee, a group of my own"])
    // The journal keeps the words; the condition sees the choice.
    #expect(s.state.answers["gender"] == .text("their own words"))
    #expect(s.state.answers["groups"] == .choices(["refugee", "a group of my own"]))
    #expect(s.state.currentStepID == "self")
    s.type("")
    #expect(s.state.currentStepID == "more")
  }

  @Test func listedChoicesDoNotCountAsOther() {
    var s = SessionScript(interview)
    s.type(["Female", "refugee"])
    #expect(s.state.currentStepID == "last")
  }
}

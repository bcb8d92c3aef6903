@testable import RapportCore

/// Hand-built protocols for the guide tests, independent of the YAML loader.
enum GuideFixtures {
  static func at(_ line: Int) -> SourceLocation {
    SourceLocation(file: "pilot.yaml", line: line, column: 1)
  }

  static func text(_ value: String, _ line: Int = 1) -> Located<String> {
    Located(value, at: at(line))
  }

  static func minutes(_ seconds: Int) -> Located<PlannedDuration> {
    Located(PlannedDuration(seconds: seconds), at: at(1))
  }

  static func condition(_ source: String) -> Condition? {
    guard case .success(let expression) = ExpressionParser.parse(source) else { return nil }
    return Condition(source: source, location: at(1), expression: expression)
  }

  static func step(_ id: String, when: String? = nil, _ kind: Step.Kind) -> Step {
    Step(id: text(id), when: when.flatMap(condition), kind: kind, location: at(1))
  }

  /// A small interview with one step of every kind, a section and Unicode text.
  static let pilot = InterviewProtocol(
    id: text("pilot"),
    title: text("Pilot — café interview"),
    version: text("0.1"),
    duration: minutes(900),
    description: text("A short pilot of the <guide> & its *timing*."),
    roles: Roles(lead: text("Read the questions aloud.")),
    participant: ParticipantSpec(
      idPattern: text("P[0-9]{3}"), example: text("P001"),
      attributes: [
        SurveyItem(
          id: text("year"), type: .integer, ask: text("Year group"), min: Located(1, at: at(1)),
          max: Located(6, at: at(1)), required: true, location: at(1))
      ]),
    steps: [
      step(
        "consent",
        .checklist(
          Checklist(
            title: text("Consent"),
            items: [
              ChecklistItem(text: text("Consent form received")),
              ChecklistItem(text: text("Tea offered"), required: false),
            ], budget: minutes(60)))),
      step(
        "start", .marker(Marker(text: text("Start the recording now."), action: .startsRecording))
      ),
      step(
        "q1",
        .question(
          OpenQuestion(
            label: text("Warm up"), ask: text("How’s the “café” going?"),
            prompts: [text("And the staff?"), text("And the\u{00A0}customers?")],
            rephrasings: [text("How do you find working at the café?")],
            roundUp: text("Do you feel at home there?"), budget: minutes(300),
            note: text("Listen more than you talk.")))),
      step(
        "follow-up", when: "year >= 3",
        .section(
          Section(
            title: text("Senior students"),
            steps: [
              step(
                "q2",
                .question(
                  OpenQuestion(ask: text("What has changed since year 1?"), budget: minutes(270)))),
              step(
                "rating",
                .item(
                  SurveyItem(
                    id: text("rating"), type: .scale, ask: text("How much do you belong?"),
                    min: Located(1, at: at(1)), max: Located(5, at: at(1)),
                    minLabel: text("Not at all"), maxLabel: text("Completely"), required: true,
                    location: at(1)))),
            ]))),
      step(
        "place", when: "rating <= 2",
        .item(
          SurveyItem(
            id: text("place"), type: .singleChoice, ask: text("Where do you study?"),
            options: [
              ChoiceOption(value: text("lib"), label: text("Library")), ChoiceOption(text("Home")),
            ], other: text("Somewhere else"), location: at(1)))),
      step("done", .end(EndStep(text: text("Thank you — that’s all.")))),
    ],
    location: at(1))
}

import RapportCore

extension SessionFixtures {
  /// The mini interview as the lead drove it onto `step`: the participant details answered
  /// and Enter pressed to the first question, then `/g step` if it is further on.
  public static func miniInterviewScript(at step: String = "q1") -> SessionScript {
    var s = SessionScript(miniInterview)
    for line in ["2", "3", "1 2", "", ""] where s.state.currentStepID != step { s.type(line) }
    if s.state.currentStepID != step { s.type("/g \(step)") }
    return s
  }

  /// A short interview in the shape of the study's: two attributes, consent, the recording
  /// mark, three questions (one in a section) and a debrief.
  public static let miniInterview: InterviewProtocol = {
    typealias B = ProtocolBuilder
    return InterviewProtocol(
      id: B.at("mini-interview"), title: B.at("Mini interview"), version: B.at("1.0"),
      duration: B.at(PlannedDuration(seconds: 20 * 60)),
      participant: ParticipantSpec(
        idPattern: B.at("P[0-9]{3}"),
        attributes: [
          B.item(
            "gender", .singleChoice, ask: "Gender",
            options: B.labels("Male", "Female", "Non-Binary"),
            other: "Prefer to self-describe", required: true),
          B.item("year", .integer, ask: "Year group", min: 1, max: 6, required: true),
        ]),
      steps: [
        B.checklist(
          "consent", title: "Consent",
          items: [
            ("Online consent form received", true), ("Verbal consent to record obtained", true),
          ],
          note: "Consent is checked before the recording starts."),
        B.marker("start-recording", "Start the recording now.", startsRecording: true),
        B.question(
          "q1", label: "Warm up", ask: "How have you generally found studying medicine?",
          prompts: ["Confidence with learning, and workload levels?"], budget: "4m"),
        B.question(
          "q2", ask: "How are your working relationships on clinical placements?",
          prompts: ["With doctors?", "And with patients?"],
          rephrase: [
            "How do you feel your professional relationships with staff on placements are?"
          ],
          roundUp: "Do you feel like you belong in the clinical environment?", budget: "5m",
          note: "Take your time here."),
        B.section(
          "closing", title: "Closing",
          [
            B.question(
              "q3", ask: "Do you have any questions that you would like to ask?", budget: "2m")
          ]),
        B.checklist(
          "debrief", title: "Debrief",
          items: [
            ("Welfare support sheet shared", true), ("Participant’s questions answered", false),
          ]),
      ],
      location: B.here)
  }()

  /// The recruitment survey's screening logic: `end` steps guarded by `when:`.
  public static let eligibility: InterviewProtocol = {
    typealias B = ProtocolBuilder
    return InterviewProtocol(
      id: B.at("eligibility"), title: B.at("Register your interest"),
      duration: B.at(PlannedDuration(seconds: 10 * 60)),
      steps: [
        B.marker("about", "We’re a team of UK medical students."),
        B.step(
          B.item(
            "school", .singleChoice, ask: "Which medical school are you attending?",
            options: [
              ("imperial", "Imperial College London"), ("ucl", "University College London"),
              ("none", "None of these"),
            ], required: true)),
        B.end(
          "not-eligible-school", when: #"school == "none""#,
          "This study can only include the schools listed."),
        B.step(
          B.item(
            "impacted", .yesNo, ask: "Have you been impacted by discrimination?", required: true)),
        B.end(
          "not-eligible-impacted", when: "not impacted",
          "This study is for students impacted by discrimination."),
        B.step(
          B.item(
            "categories", .multipleChoice, ask: "Which of these describe you?",
            options: [
              ("disability", "Disability"), ("lgbtqia", "LGBTQIA+"), ("mature", "Mature student"),
            ],
            other: "Other, please specify", required: true)),
        B.step(
          B.item(
            "year", .integer, ask: "Which year are you in?", min: 1, max: 6, required: true,
            constraint: "year != 4",
            constraintMessage: "Year 4 students are on placement this term.")),
        B.step(B.item("started", .date, ask: "When did you start?")),
        B.end("eligible", "Thank you — you are eligible."),
      ],
      location: B.here)
  }()
}

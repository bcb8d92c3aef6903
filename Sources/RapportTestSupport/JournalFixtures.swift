import Foundation
import RapportCore

/// Hand-built journals (and the protocol outlines they follow) for the export tests.
public enum JournalFixtures {
  /// 2022-10-03T14:05:09Z, the start of every fixture session.
  public static let startDate = Date(timeIntervalSince1970: 1_664_805_909)

  /// Journal entries from (clock, event) pairs, written by the lead, one second apart.
  public static func entries(_ events: [(Double, SessionEvent)], writer: String = "lead")
    -> [JournalEntry]
  {
    events.enumerated().map { offset, pair in
      JournalEntry(
        seq: offset + 1, writer: writer, at: startDate.addingTimeInterval(pair.0),
        clock: pair.0, event: pair.1)
    }
  }

  /// A start for `protocolID` and `participant`, with a tiny snapshot text.
  public static func start(
    participant: String = "P001", protocolID: String = "belonging-interview",
    session: String? = nil, protocolText: String? = nil
  ) -> SessionStart {
    SessionStart(
      sessionID: session ?? "\(participant)_\(protocolID)_20221003T140509Z",
      protocolID: protocolID, protocolVersion: "1.0",
      protocolPath: "Protocols/\(protocolID).yaml",
      protocolText: protocolText ?? "rapport: 1\nid: \(protocolID)\n", participant: participant,
      lead: "HI",
      support: "SA", rapportVersion: "0.1.0")
  }

  /// A shortened belonging interview: three attributes, consent, the recording mark, three
  /// questions and a debrief.
  public static let interviewOutline = ProtocolOutline(
    title: "Belonging and support at medical school", plannedSeconds: 3600,
    attributes: [
      ItemOutline(
        id: "gender", type: .singleChoice, ask: "Gender",
        options: ["Male", "Female", "Non-Binary"].map { .init(value: $0, label: $0) },
        other: "Prefer to self-describe"),
      ItemOutline(
        id: "school", type: .singleChoice, ask: "Medical school",
        options: [.init(value: "Imperial College London", label: "Imperial College London")]),
      ItemOutline(id: "year", type: .integer, ask: "Year group"),
    ],
    steps: [
      StepOutline(
        id: "consent", kind: .checklist, label: "Consent",
        checklistItems: ["Online consent form received", "Verbal consent to record obtained"]),
      StepOutline(id: "start-recording", kind: .marker, text: "Start the recording now."),
      StepOutline(
        id: "q1", kind: .question, label: "Warm up",
        text: "Can you tell me how you have generally found studying medicine?",
        prompts: ["Confidence with learning, and workload levels?"], budgetSeconds: 240),
      StepOutline(
        id: "q3", kind: .question,
        text: "Have you had any experiences that made you feel as though you didn’t belong?",
        prompts: ["Could you tell me a little bit more about that?", "What did you learn?"],
        budgetSeconds: 300),
      StepOutline(
        id: "q8", kind: .question, text: "How are your working relationships on placements?",
        prompts: ["With doctors?"],
        rephrasings: ["How do you feel like your professional relationships with staff are?"],
        roundUp: "Do you feel like you belong in the clinical environment?", budgetSeconds: 300),
      StepOutline(
        id: "debrief", kind: .checklist, label: "Debrief",
        checklistItems: ["Welfare support sheet shared"]),
    ])

  /// A whole interview of `interviewOutline` with a pause, a flag, a skip and a revisit.
  public static func interview(
    participant: String = "P001", gender: String = "Female", protocolText: String? = nil
  ) -> [JournalEntry] {
    entries([
      (0, .sessionStarted(start(participant: participant, protocolText: protocolText))),
      (1, .stepEntered(step: "gender")),
      (4, .attributeRecorded(item: "gender", value: .text(gender))),
      (4, .stepLeft(step: "gender")),
      (4, .stepEntered(step: "school")),
      (7, .attributeRecorded(item: "school", value: .text("Imperial College London"))),
      (7, .stepLeft(step: "school")),
      (7, .stepEntered(step: "year")),
      (9, .attributeRecorded(item: "year", value: .number(3))),
      (9, .stepLeft(step: "year")),
      (9, .stepEntered(step: "consent")),
      (20, .checked(step: "consent", item: 1, isChecked: true)),
      (31, .checked(step: "consent", item: 2, isChecked: true)),
      (32, .stepLeft(step: "consent")),
      (32, .stepEntered(step: "start-recording")),
      (40.5, .recordingStarted),
      (41, .stepLeft(step: "start-recording")),
      (41, .stepEntered(step: "q1")),
      (75, .promptUsed(step: "q1", index: 1)),
      (130.25, .noted(step: "q1", role: .lead, text: "chose it for the “community” | family")),
      (200, .stepLeft(step: "q1")),
      (200, .stepEntered(step: "q3")),
      (260, .flagged(step: "q3", text: "sensitive: names a tutor")),
      (300, .paused),
      (420, .resumed),
      (430, .noted(step: "q3", role: .support, text: "ask about societies")),
      (500, .stepLeft(step: "q3")),
      (500, .stepEntered(step: "q8")),
      (520, .rephrased(step: "q8", index: 1)),
      (600, .roundedUp(step: "q8")),
      (640, .stepLeft(step: "q8")),
      (640, .stepEntered(step: "q3")),
      (650, .promptUsed(step: "q3", index: 2)),
      (700, .stepLeft(step: "q3")),
      (700, .stepEntered(step: "debrief")),
      (705, .skipped(step: "debrief", reason: "sheet sent by email")),
      (705, .stepLeft(step: "debrief")),
      (706, .noted(step: nil, role: .lead, text: "audio clear throughout")),
      (710, .ended(reason: .completed)),
    ])
  }

  /// The interview with the lead's terminal down from 430 s to 490 s, the recorder found
  /// stopped ('n'), a second recording part from 520 s, and the recording stopped at 705 s.
  public static func interruptedInterview(participant: String = "P003") -> [JournalEntry] {
    let before = interview(participant: participant).prefix { $0.clock <= 430 }
    let after = entries([
      (490, .sessionResumed),
      (492, .recordingChecked(stillRunning: false)),
      (500, .stepLeft(step: "q3")),
      (500, .stepEntered(step: "q8")),
      (520, .recordingStarted),
      (600, .noted(step: "q8", role: .lead, text: "in part two")),
      (640, .stepLeft(step: "q8")),
      (640, .stepEntered(step: "stop-recording")),
      (705, .recordingStopped),
      (705, .stepLeft(step: "stop-recording")),
      (705, .stepEntered(step: "debrief")),
      (710, .ended(reason: .completed)),
    ]).map { entry in
      var entry = entry
      entry.seq += before.count
      return entry
    }
    return Array(before) + after
  }
}

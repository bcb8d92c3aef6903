import Foundation
import RapportCore

/// Journal values shared by the journal, session and export tests.
public enum SessionFixtures {
  /// The start of a test session of `interviewProtocol` with `participant`, as the scripts
  /// and runner tests open it (session id `P001-test`).
  public static func start(
    of interviewProtocol: InterviewProtocol, participant: String = "P001",
    path: String = "fixture.yaml"
  ) -> SessionStart {
    SessionStart(
      sessionID: "\(participant)-test", protocolID: interviewProtocol.id.value,
      protocolVersion: interviewProtocol.version?.value, protocolPath: path,
      protocolText: "fixture", participant: participant, rapportVersion: "test")
  }

  /// A session start with a small protocol text snapshot.
  public static let start = SessionStart(
    sessionID: "P001-belonging-interview-20221003T140509Z", protocolID: "belonging-interview",
    protocolVersion: "1.0", protocolPath: "Protocols/belonging-interview.yaml",
    protocolText: "rapport: 1\nid: belonging-interview\ntitle: “Belonging”\n",
    participant: "P001", lead: "HI", support: "SA", rapportVersion: "0.1.0")

  /// One of every event kind, with Unicode where text is free.
  public static let everyEvent: [SessionEvent] = [
    .sessionStarted(start),
    .attributeRecorded(item: "year", value: .number(3)),
    .stepEntered(step: "q3"),
    .promptUsed(step: "q3", index: 2),
    .stepLeft(step: "q3"),
    .rephrased(step: "q7", index: 1),
    .roundedUp(step: "q8"),
    .noted(step: "q3", role: .lead, text: "“didn’t belong”\u{00A0}🙂"),
    .noted(step: nil, role: .support, text: "audio dropped\nrejoined"),
    .answered(item: "categories", value: .choices(["lgbtqia", "My own words"])),
    .answered(item: "impacted", value: .boolean(true)),
    .answered(item: "school", value: .text("ucl")),
    .answerCleared(item: "school"),
    .checked(step: "consent", item: 2, isChecked: true),
    .skipped(step: "q5", reason: nil),
    .skipped(step: "q6", reason: "covered in q5"),
    .flagged(step: "q4", text: "sensitive"),
    .flagged(step: nil, text: nil),
    .recordingStarted,
    .recordingStopped,
    .recordingChecked(stillRunning: false),
    .paused,
    .resumed,
    .sessionResumed,
    .cue(from: .support, kind: .suggestPrompt, text: "2"),
    .ended(reason: .screenedOut(step: "not-eligible-school")),
    .ended(reason: .completed),
    .ended(reason: .endedEarly),
  ]

  /// A short plausible journal: start, consent ticked, a note.
  public static func sampleEntries(at start: Date) -> [JournalEntry] {
    let events: [SessionEvent] = [
      .sessionStarted(Self.start),
      .stepEntered(step: "consent"),
      .checked(step: "consent", item: 1, isChecked: true),
      .noted(step: "consent", role: .lead, text: "form received by email — “ok”"),
    ]
    return events.enumerated().map { offset, event in
      JournalEntry(
        seq: offset + 1, writer: "lead", at: start.addingTimeInterval(Double(offset)),
        clock: Double(offset) * 2.5, event: event)
    }
  }
}

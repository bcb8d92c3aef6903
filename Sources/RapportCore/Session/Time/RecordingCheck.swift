import Foundation

/// After a crash or a takeover, asks the one person who knows whether the recorder kept
/// running while no terminal was writing, and turns the answer into a journal event.
///
/// Pure: the terminal prints `question`, reads a line (or meets the end of input) and
/// commits what `decide` returns; the time model follows the journaled answer.
public enum RecordingCheck {
  /// The question, with what each answer means.
  public static let question =
    "Was the recording still running? (y = yes, the recorder kept going; "
    + "n = it stopped, a new part starts at /rec)"

  /// Whether the question is due: a recording ran into the last outage, no answer yet.
  public static func isDue(_ state: SessionState) -> Bool {
    state.timeline.outageAwaitingRecordingCheck != nil && !state.isEnded
  }

  /// What a reply means; nil for a reply that is neither yes nor no (ask again).
  /// `reply` nil is the end of input: the recording is assumed to have kept running.
  public static func decide(reply: String?, state: SessionState) -> Decision? {
    guard let outage = state.timeline.outageAwaitingRecordingCheck else { return Decision() }
    let span = "\(wallText(outage.from)) to \(wallText(outage.to)) UTC"
    guard let reply else {
      return Decision(
        events: [.recordingChecked(stillRunning: true)],
        feedback: [
          "no answer: assuming the recording was still running from \(span) "
            + "(/rec stop, then /rec, if it was not)"
        ])
    }
    switch reply.trimmingCharacters(in: .whitespaces).lowercased() {
    case "y", "yes":
      return Decision(
        events: [.recordingChecked(stillRunning: true)],
        feedback: ["recording time runs on through the outage from \(span)"])
    case "n", "no":
      return Decision(
        events: [.recordingChecked(stillRunning: false)],
        feedback: [
          "recording part \(state.timeline.parts.count) ended at \(wallText(outage.from)) UTC; "
            + "type /rec when the recorder runs again (part \(state.timeline.parts.count + 1))"
        ])
    default: return nil
    }
  }

  /// `12:03:07`, the wall time (UTC) an interviewer can match with their own clock.
  static func wallText(_ date: Date) -> String {
    String(JournalTimestamp.format(date).dropFirst(11).prefix(8))
  }
}

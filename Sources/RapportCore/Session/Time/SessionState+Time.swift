import Foundation

extension SessionState {
  /// A moment as the screen names it: the interview clock, then the recording time the
  /// exports give it while the recorder runs, e.g. `2:16 (recording 00:01:09)`.
  public func momentText(at clock: Double) -> String {
    let interview = ClockFormat.minutes(elapsed(at: clock))
    guard let recording = timeline.recording(atLive: clock), recording.isRecorded else {
      return interview
    }
    return "\(interview) (recording \(recording.label))"
  }

  /// The interview clock of an entry already folded, where it happened (not now).
  public func elapsed(of entry: JournalEntry) -> Double {
    elapsed(at: timeline.seconds(of: entry) ?? timeline.seconds(at: entry.at))
  }
}

extension SessionTimeline {
  /// The media position at timeline `seconds` at or after the last entry (a live moment).
  public func recording(atLive seconds: Double) -> RecordingTime? {
    guard let lastAt else { return nil }
    return recording(at: lastAt.addingTimeInterval(max(0, seconds - last)))
  }
}

extension RecordingTime {
  /// `00:01:09`, or `part 2 00:00:30` after the first part: as the exports spell it.
  public var label: String {
    (part > 1 ? "part \(part) " : "") + TimeCode.clock(seconds)
  }
}

/// Chapter cues on the recording's timeline: one per step visit and one per flag.
///
/// Media timelines begin at zero, so what happened before the recording mark (consent, the
/// participant's attributes) has no cue, and a visit that spans the mark starts at zero.
/// Every cue lasts at least a second so a player can show it; cues may overlap (a flag
/// inside a step).
public struct ChapterCue: Equatable, Sendable {
  public var start: Int
  public var end: Int
  /// The first line: the step and its label, or the flag.
  public var title: String
  /// Further text: the question as asked, or the flag's words.
  public var detail: String?

  public init(start: Int, end: Int, title: String, detail: String?) {
    self.start = start
    self.end = end
    self.title = title
    self.detail = detail
  }

  /// How long a flag's cue lasts, in milliseconds.
  public static let flagLength = 5000
  /// The shortest cue, in milliseconds.
  public static let minimumLength = 1000

  /// The cues of one session, sorted by start (then end).
  public static func cues(for record: SessionRecord) -> [ChapterCue] {
    var cues: [ChapterCue] = []
    for visit in record.visits where visit.left > 0 || visit.entered >= 0 {
      let start = TimeCode.milliseconds(visit.entered)
      let end = max(TimeCode.milliseconds(visit.left), start + minimumLength)
      let revisit = visit.isRevisit ? " (visit \(visit.occurrence))" : ""
      cues.append(
        ChapterCue(
          start: start, end: end, title: visit.title + revisit, detail: oneLine(visit.text)))
    }
    for flag in record.flags where flag.time >= 0 {
      let start = TimeCode.milliseconds(flag.time)
      let place = flag.step.map { " (\($0))" } ?? ""
      cues.append(
        ChapterCue(
          start: start, end: start + flagLength, title: "FLAG\(place)", detail: oneLine(flag.text)))
    }
    return cues.enumerated().sorted { a, b in
      (a.element.start, a.element.end, a.offset) < (b.element.start, b.element.end, b.offset)
    }.map(\.element)
  }

  /// Lines that say what the times mean and where the pauses are, for a file's notes.
  public static func explanation(for record: SessionRecord) -> [String] {
    var lines = [
      record.timeBase == .recording
        ? "Times are from the recording mark, \(TimeCode.clock(record.recordingOffset ?? 0)) after the session start."
        : "No recording mark: times are from the session start."
    ]
    for pause in record.pauses where pause.start >= 0 {
      lines.append(
        "Paused at \(TimeCode.clock(pause.start)) for \(TimeCode.clock(pause.seconds))"
          + (pause.end == nil ? ", never resumed." : "."))
    }
    return lines
  }

  private static func oneLine(_ text: String?) -> String? {
    guard let text, !text.isEmpty else { return nil }
    return CueText.oneLine(text)
  }
}

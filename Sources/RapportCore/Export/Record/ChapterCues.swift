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
  /// What the cue marks, for exports that place it by more than its title.
  public var origin: Origin
  /// The recording part the cue is in (its times are from that part's start); nil without
  /// a recording.
  public var part: Int?

  /// What a cue marks: a step visit (its index in `SessionRecord.visits`), a flag (the step
  /// it was raised on, if any), an outage, or nothing (a placeholder where a file needs one).
  public enum Origin: Equatable, Sendable {
    case visit(index: Int)
    case flag(step: String?)
    case outage
    case placeholder
  }

  public init(
    start: Int, end: Int, title: String, detail: String?, origin: Origin, part: Int? = nil
  ) {
    self.start = start
    self.end = end
    self.title = title
    self.detail = detail
    self.origin = origin
    self.part = part
  }

  /// How long a flag's cue lasts, in milliseconds.
  public static let flagLength = 5000
  /// The shortest cue, in milliseconds.
  public static let minimumLength = 1000

  /// The cues of one session, sorted by start (then end).
  public static func cues(for record: SessionRecord) -> [ChapterCue] {
    // Counted (debug builds), so a test shows an export works them out once a session.
    WorkCount.visit(record.visits.count)
    var cues: [ChapterCue] = []
    for (index, visit) in record.visits.enumerated() where visit.left > 0 || visit.entered >= 0 {
      guard isRecorded(visit.entered, part: visit.part, in: record) else { continue }
      let start = TimeCode.milliseconds(visit.entered)
      let end = max(TimeCode.milliseconds(visit.left), start + minimumLength)
      let revisit = visit.isRevisit ? " (visit \(visit.occurrence))" : ""
      cues.append(
        ChapterCue(
          start: start, end: end,
          title: partPrefix(visit.part, record) + visit.title + revisit,
          detail: oneLine(visit.text), origin: .visit(index: index), part: visit.part))
    }
    for (moment, step) in record.allMoments where moment.time >= 0 {
      guard isRecorded(moment.time, part: moment.part, in: record) else { continue }
      let start = TimeCode.milliseconds(moment.time)
      switch moment.kind {
      case .flag(let text):
        let place = step.map { " (\($0))" } ?? ""
        cues.append(
          ChapterCue(
            start: start, end: start + flagLength,
            title: partPrefix(moment.part, record) + "FLAG\(place)", detail: oneLine(text),
            origin: .flag(step: step), part: moment.part))
      case .outage(let outage) where outage.recordingRanOn != false:
        cues.append(
          ChapterCue(
            start: start,
            end: start + max(minimumLength, TimeCode.milliseconds(outage.seconds)),
            title: partPrefix(moment.part, record) + "OUTAGE", detail: outage.sentence,
            origin: .outage, part: moment.part))
      default: break
      }
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
    for part in record.recordingParts where record.recordingParts.count > 1 {
      let length = part.seconds.map { "ran \(TimeCode.clock($0))" } ?? "ran to the end"
      lines.append(
        "Recording part \(part.number) starts \(TimeCode.clock(part.offset)) after the session "
          + "start and \(length); times in it are from its own start.")
    }
    for outage in record.outages {
      lines.append(outage.sentence.prefix(1).uppercased() + outage.sentence.dropFirst() + ".")
    }
    for pause in record.pauses where pause.start >= 0 {
      lines.append(
        "Paused at \(TimeCode.clock(pause.start)) for \(TimeCode.clock(pause.seconds))"
          + (pause.end == nil ? ", never resumed." : "."))
    }
    return lines
  }

  /// `Part 2 · ` before a title when the recording has more than one part.
  private static func partPrefix(_ part: Int?, _ record: SessionRecord) -> String {
    guard record.recordingParts.count > 1, let part else { return "" }
    return "Part \(part) · "
  }

  /// False for a time at or after its part's stop: the media has nothing there.
  private static func isRecorded(_ time: Double, part: Int?, in record: SessionRecord) -> Bool {
    guard let part,
      let length = record.recordingParts.first(where: { $0.number == part })?
        .seconds
    else { return true }
    return time < length
  }

  private static func oneLine(_ text: String?) -> String? {
    guard let text, !text.isEmpty else { return nil }
    return CueText.oneLine(text)
  }
}

extension ChapterCue {
  /// The cues as numbered blocks (`1`, `start --> end`, title, detail, a blank line), the
  /// body SubRip and WebVTT share; `separator` goes before the milliseconds (`,` or `.`) and
  /// `text` makes a title or detail safe for the format.
  static func numberedBlocks(
    _ cues: [ChapterCue], separator: Character, text: (String) -> String
  ) -> String {
    var out = ""
    for (index, cue) in cues.enumerated() {
      out += "\(index + 1)\n"
      out += TimeCode.media(milliseconds: cue.start, separator: separator) + " --> "
      out += TimeCode.media(milliseconds: cue.end, separator: separator) + "\n"
      out += text(cue.title) + "\n"
      if let detail = cue.detail { out += text(detail) + "\n" }
      out += "\n"
    }
    return out
  }
}

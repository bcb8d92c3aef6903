/// An Audacity label track: one label per step visit and per flag, so a transcriber who
/// opens the recording in Audacity sees (and jumps to) each question on the waveform.
///
/// Audacity's label format (*File › Import › Labels…*): one label a line, `start`, `end`
/// and the label separated by tabs, times in seconds with six decimals. The labels are the
/// chapters' cues (`ChapterCue`, the one place cue times are worked out), so they agree
/// with the WebVTT and SubRip files to the millisecond: a visit's label spans the visit, a
/// flag's lasts five seconds, nothing before the recording mark or after a part stopped.
public enum AudacityLabelsExporter {
  /// The file; `cues` are the record's chapter cues when worked out already.
  public static func export(_ record: SessionRecord, cues: [ChapterCue]? = nil) -> String {
    var out = ""
    for cue in cues ?? ChapterCue.cues(for: record) {
      out += TimeCode.decimalSeconds(milliseconds: cue.start) + "\t"
      out += TimeCode.decimalSeconds(milliseconds: cue.end) + "\t"
      out += MarkerText.audacity(label(cue)) + "\n"
    }
    return out
  }

  /// The cue's title, then its text (the question as asked, the flag's words) after `: `.
  static func label(_ cue: ChapterCue) -> String {
    guard let detail = cue.detail, !detail.isEmpty else { return cue.title }
    return cue.title + ": " + detail
  }
}

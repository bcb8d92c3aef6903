/// SubRip chapters: the same cues as WebVTT for players and editors that read only `.srt`.
public enum SRTExporter {
  public static func export(_ record: SessionRecord) -> String {
    var out = ""
    for (index, cue) in ChapterCue.cues(for: record).enumerated() {
      out += "\(index + 1)\n"
      out += TimeCode.media(milliseconds: cue.start, separator: ",") + " --> "
      out += TimeCode.media(milliseconds: cue.end, separator: ",") + "\n"
      out += oneLine(cue.title) + "\n"
      if let detail = cue.detail { out += oneLine(detail) + "\n" }
      out += "\n"
    }
    return out
  }

  /// One line, with control characters in their visible forms (as in every text export).
  private static func oneLine(_ text: String) -> String {
    CueText.oneLine(HiddenCharacters.reveal(text, breaks: .space, keepTabs: false))
  }
}

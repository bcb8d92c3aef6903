/// SubRip chapters: the same cues as WebVTT for players and editors that read only `.srt`.
public enum SRTExporter {
  /// The file; `cues` are the record's chapter cues when worked out already.
  public static func export(_ record: SessionRecord, cues: [ChapterCue]? = nil) -> String {
    ChapterCue.numberedBlocks(
      cues ?? ChapterCue.cues(for: record), separator: ",", text: oneLine)
  }

  /// One line, with control characters in their visible forms (as in every text export).
  private static func oneLine(_ text: String) -> String {
    CueText.oneLine(HiddenCharacters.reveal(text, breaks: .space, keepTabs: false))
  }
}

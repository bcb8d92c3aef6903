/// SubRip chapters: the same cues as WebVTT for players and editors that read only `.srt`.
public enum SRTExporter {
  public static func export(_ record: SessionRecord) -> String {
    ChapterCue.numberedBlocks(for: record, separator: ",", text: oneLine)
  }

  /// One line, with control characters in their visible forms (as in every text export).
  private static func oneLine(_ text: String) -> String {
    CueText.oneLine(HiddenCharacters.reveal(text, breaks: .space, keepTabs: false))
  }
}

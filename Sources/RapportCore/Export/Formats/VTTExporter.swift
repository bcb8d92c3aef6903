/// WebVTT chapters, so a media player (VLC, a browser's `<track kind="chapters">`) jumps
/// to any question in the recording.
public enum VTTExporter {
  /// The file; `cues` are the record's chapter cues when worked out already.
  public static func export(_ record: SessionRecord, cues: [ChapterCue]? = nil) -> String {
    var out = "WEBVTT - \(safe(record.participant)) \(safe(record.protocolID)) chapters\n\n"
    // `NOTE ` and its text on one line: Taguette's reader (subtitle-parser) takes a bare
    // `NOTE` line for a cue and rejects the file; strict WebVTT allows both.
    out += "NOTE " + ChapterCue.explanation(for: record).map(safe).joined(separator: "\n") + "\n\n"
    return out
      + ChapterCue.numberedBlocks(
        cues ?? ChapterCue.cues(for: record), separator: ".", text: escape)
  }

  /// Cue text escapes `&`, `<` and `>` (WebVTT §4.2.2) and stays on one line; control
  /// characters are written in their visible forms, as in every text export.
  public static func escape(_ text: String) -> String {
    CueText.oneLine(
      HiddenCharacters.reveal(text, breaks: .space, keepTabs: false), escapeMarkup: true)
  }

  /// No blank line and no `-->` may appear inside a block.
  private static func safe(_ text: String) -> String {
    CueText.oneLine(HiddenCharacters.reveal(text, breaks: .space, keepTabs: false))
  }
}

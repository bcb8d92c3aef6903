/// A CUE sheet: the session's markers as tracks of the recording, for audio editors and
/// players that read `.cue` (foobar2000, Adobe Audition, Reaper, ocenaudio, `shnsplit`).
///
/// One track per step visit and per flag, from the chapters' cues (`ChapterCue`), so the
/// times are the WebVTT file's rounded down to the sheet's 1/75 s frames. A CUE track has a
/// start only and runs to the next track's start, so a flag's track runs on to the next
/// marker. The recording is named generically (`recording.wav`): edit the `FILE` line to
/// the recording's name. A recording in several parts has one `FILE` per part
/// (`recording-part-1.wav`, …), each part's tracks timed from that part's start.
public enum CueSheetExporter {
  /// The most tracks a CUE sheet holds.
  public static let maximumTracks = 99

  /// The one track of a session with no marker on the recording (a sheet needs a track).
  public static let noMarkerTitle = "No step or flag is on the recording"

  /// The sheet; `cues` are the record's chapter cues when worked out already.
  public static func export(_ record: SessionRecord, cues: [ChapterCue]? = nil) -> String {
    var cues = cues ?? ChapterCue.cues(for: record)
    if cues.isEmpty {
      cues = [
        ChapterCue(
          start: 0, end: 0, title: noMarkerTitle, detail: nil, origin: .placeholder,
          part: record.recordingParts.first?.number)
      ]
    }
    var out = "REM COMMENT \"Rapport markers for \(text(record.sessionID))\"\n"
    out += "REM RAPPORT \"\(text(ChapterCue.explanation(for: record).joined(separator: " ")))\"\n"
    if cues.count > maximumTracks {
      out +=
        "REM RAPPORT \"\(cues.count - maximumTracks) later marker(s) left out: a CUE sheet "
        + "holds \(maximumTracks) tracks; the Audacity labels have them all\"\n"
    }
    out += "PERFORMER \"\(text(record.participant))\"\n"
    out +=
      "TITLE \"\(text(record.participant + " " + (record.protocolTitle ?? record.protocolID)))\"\n"
    var number = 0
    for part in parts(of: record) {
      let inPart = cues.filter { $0.part == part }
      guard !inPart.isEmpty, number < maximumTracks else { continue }
      out += "FILE \"\(fileName(part: part, of: record))\" WAVE\n"
      for cue in inPart where number < maximumTracks {
        number += 1
        out += "  TRACK \(number < 10 ? "0" : "")\(number) AUDIO\n"
        out += "    TITLE \"\(text(AudacityLabelsExporter.label(cue)))\"\n"
        out += "    PERFORMER \"\(text(record.participant))\"\n"
        out += "    INDEX 01 \(TimeCode.cueIndex(milliseconds: cue.start))\n"
      }
    }
    return out
  }

  /// The recording's generic name: `recording.wav`, or `recording-part-N.wav` when the
  /// recording has several parts.
  public static func fileName(part: Int?, of record: SessionRecord) -> String {
    guard record.recordingParts.count > 1, let part else { return "recording.wav" }
    return "recording-part-\(part).wav"
  }

  /// The parts in order (nil alone without a recording).
  private static func parts(of record: SessionRecord) -> [Int?] {
    record.recordingParts.isEmpty ? [nil] : record.recordingParts.map(\.number)
  }

  private static func text(_ value: String) -> String { MarkerText.cueSheet(value) }
}

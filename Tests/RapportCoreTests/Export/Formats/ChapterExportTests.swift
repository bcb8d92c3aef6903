import Foundation
import RapportCore
import RapportTestSupport
import Testing

/// WebVTT and SubRip chapters, read back by webvtt-py (strict) and srt.
@Suite struct ChapterExportTests {
  /// Visits wholly before the recording mark (attributes, consent) have no cue; the marker
  /// that spans the mark starts at zero and lasts the minimum second.
  let expected = [
    ReadCue(start: 0, end: 1000, lines: ["start-recording", "Start the recording now."]),
    ReadCue(
      start: 500, end: 159_500,
      lines: ["q1 — Warm up", "Can you tell me how you have generally found studying medicine?"]),
    ReadCue(
      start: 159_500, end: 459_500,
      lines: ["q3", "Have you had any experiences that made you feel as though you didn’t belong?"]),
    ReadCue(start: 219_500, end: 224_500, lines: ["FLAG (q3)", "sensitive: names a tutor"]),
    ReadCue(
      start: 459_500, end: 599_500,
      lines: ["q8", "How are your working relationships on placements?"]),
    ReadCue(
      start: 599_500, end: 659_500,
      lines: [
        "q3 (visit 2)",
        "Have you had any experiences that made you feel as though you didn’t belong?",
      ]),
    ReadCue(start: 659_500, end: 664_500, lines: ["debrief — Debrief"]),
  ]

  @Test func webVTTHasOneCuePerVisitAndFlagAtTheRightTimes() throws {
    let folder = TemporaryFolder()
    let path = try ExportTestSupport.write(
      VTTExporter.export(try ExportTestSupport.interview()), "s.vtt", in: folder)
    let cues = try ExportValidators.read([ReadCue].self, "vtt_check.py", [path])
    #expect(cues == expected)
  }

  @Test func subRipHasTheSameCuesNumberedFromOne() throws {
    let folder = TemporaryFolder()
    let path = try ExportTestSupport.write(
      SRTExporter.export(try ExportTestSupport.interview()), "s.srt", in: folder)
    let cues = try ExportValidators.read([ReadCue].self, "srt_check.py", [path])
    #expect(cues == expected)
  }

  /// Taguette 1.5.2 reads `.vtt` with subtitle-parser 2, which skips a comment only when
  /// its first line starts with `NOTE ` (a bare `NOTE` line is taken for a cue, and the file
  /// is rejected); subtitle-parser cannot join the test tools (it needs chardet < 6, which
  /// frictionless does not allow), so the accepted form is pinned here.
  @Test func theNoteBlockTakesTheFormTaguetteAccepts() throws {
    for record in [
      try ExportTestSupport.interview(),
      try SessionRecordBuilder.build(
        entries: JournalFixtures.interruptedInterview(), outline: JournalFixtures.interviewOutline),
    ] {
      let lines = VTTExporter.export(record).components(separatedBy: "\n")
      #expect(lines[0].hasPrefix("WEBVTT - "))
      #expect(lines[1] == "")
      #expect(lines[2].hasPrefix("NOTE Times are "))
      #expect(!lines.contains("NOTE"))
      #expect(lines.filter { $0.hasPrefix("NOTE") }.count == 1)
    }
  }

  @Test func cueTextIsEscapedAndNeverBreaksABlock() throws {
    var record = try ExportTestSupport.interview()
    record.visits[5].label = "A <b> & -->\n\nB"
    let vtt = VTTExporter.export(record)
    #expect(vtt.contains("q1 — A &lt;b&gt; &amp; -&gt; B\n"))
    let folder = TemporaryFolder()
    let path = try ExportTestSupport.write(vtt, "s.vtt", in: folder)
    let cues = try ExportValidators.read([ReadCue].self, "vtt_check.py", [path])
    // webvtt-py keeps character references as written.
    #expect(cues[1].lines.first == "q1 — A &lt;b&gt; &amp; -&gt; B")
  }

  @Test func withoutAMarkEveryVisitHasACueFromTheSessionStart() throws {
    let record = try SessionRecordBuilder.build(
      entries: JournalFixtures.entries([
        (0, .sessionStarted(JournalFixtures.start())),
        (0, .stepEntered(step: "q1")),
        (3725.25, .stepLeft(step: "q1")),
      ]), outline: nil)
    let srt = SRTExporter.export(record)
    #expect(srt == "1\n00:00:00,000 --> 01:02:05,250\nq1\n\n")
    #expect(
      VTTExporter.export(record).contains("No recording mark: times are from the session start."))
  }
}

@Suite struct CueTextTests {
  @Test func lineBreaksBecomeOneSpaceAndArrowsAreBroken() {
    let vtt = VTTExporter.escape("a\r\n\nb ---> c --> d -> e <i>&")
    #expect(vtt == "a b -&gt; c -&gt; d -&gt; e &lt;i&gt;&amp;")
  }
}

import Foundation
import RapportCore
import RapportTestSupport
import Testing

/// Audacity labels and CUE sheets, read back by `audacity_check.py` and `cue_check.py`
/// (libcue) and compared with the WebVTT chapters of the same session.
@Suite struct MarkerExportTests {
  struct Label: Decodable, Equatable {
    var start: Int
    var end: Int
    var label: String
  }

  struct Sheet: Decodable {
    struct File: Decodable {
      var name: String
      var tracks: [Track]
    }

    struct Track: Decodable {
      var number: Int
      var title: String
      var performer: String?
      var start: Double
    }

    var title: String?
    var performer: String?
    var files: [File]
  }

  static func labels(_ record: SessionRecord, in folder: TemporaryFolder) throws -> [Label] {
    let path = try ExportTestSupport.write(
      AudacityLabelsExporter.export(record), "s.audacity.txt", in: folder)
    return try ExportValidators.read([Label].self, "audacity_check.py", [path])
  }

  static func sheet(_ record: SessionRecord, in folder: TemporaryFolder) throws -> Sheet {
    let path = try ExportTestSupport.write(CueSheetExporter.export(record), "s.cue", in: folder)
    return try ExportValidators.read(Sheet.self, "cue_check.py", [path])
  }

  static func chapters(_ record: SessionRecord, in folder: TemporaryFolder) throws -> [ReadCue] {
    let path = try ExportTestSupport.write(VTTExporter.export(record), "s.vtt", in: folder)
    return try ExportValidators.read([ReadCue].self, "vtt_check.py", [path])
  }

  @Test func theLabelTrackHasOneLabelPerVisitAndFlag() throws {
    let text = AudacityLabelsExporter.export(try ExportTestSupport.interview())
    #expect(
      text == """
        0.000000\t1.000000\tstart-recording: Start the recording now.
        0.500000\t159.500000\tq1 — Warm up: Can you tell me how you have generally found studying medicine?
        159.500000\t459.500000\tq3: Have you had any experiences that made you feel as though you didn’t belong?
        219.500000\t224.500000\tFLAG (q3): sensitive: names a tutor
        459.500000\t599.500000\tq8: How are your working relationships on placements?
        599.500000\t659.500000\tq3 (visit 2): Have you had any experiences that made you feel as though you didn’t belong?
        659.500000\t664.500000\tdebrief — Debrief

        """)
  }

  @Test func labelsHaveTheChaptersTimesToTheMillisecond() throws {
    let folder = TemporaryFolder()
    for record in [
      try ExportTestSupport.interview(),
      try SessionRecordBuilder.build(
        entries: JournalFixtures.interruptedInterview(), outline: JournalFixtures.interviewOutline),
    ] {
      let labels = try Self.labels(record, in: folder)
      let cues = try Self.chapters(record, in: folder)
      #expect(labels.count == cues.count)
      #expect(labels.map(\.start) == cues.map(\.start))
      #expect(labels.map(\.end) == cues.map(\.end))
      #expect(labels.map(\.label) == cues.map { $0.lines.joined(separator: ": ") })
    }
  }

  @Test func theCueSheetHasOneTrackPerMarker() throws {
    let text = CueSheetExporter.export(try ExportTestSupport.interview())
    #expect(
      text == """
        REM COMMENT "Rapport markers for P001_belonging-interview_20221003T140509Z"
        REM RAPPORT "Times are from the recording mark, 00:00:40 after the session start. Paused at 00:04:19 for 00:02:00."
        PERFORMER "P001"
        TITLE "P001 Belonging and support at medical school"
        FILE "recording.wav" WAVE
          TRACK 01 AUDIO
            TITLE "start-recording: Start the recording now."
            PERFORMER "P001"
            INDEX 01 00:00:00
          TRACK 02 AUDIO
            TITLE "q1 — Warm up: Can you tell me how you have generally found studying medicine?"
            PERFORMER "P001"
            INDEX 01 00:00:37
          TRACK 03 AUDIO
            TITLE "q3: Have you had any experiences that made you feel as though you didn’t belong?"
            PERFORMER "P001"
            INDEX 01 02:39:37
          TRACK 04 AUDIO
            TITLE "FLAG (q3): sensitive: names a tutor"
            PERFORMER "P001"
            INDEX 01 03:39:37
          TRACK 05 AUDIO
            TITLE "q8: How are your working relationships on placements?"
            PERFORMER "P001"
            INDEX 01 07:39:37
          TRACK 06 AUDIO
            TITLE "q3 (visit 2): Have you had any experiences that made you feel as though you didn’t belong?"
            PERFORMER "P001"
            INDEX 01 09:59:37
          TRACK 07 AUDIO
            TITLE "debrief — Debrief"
            PERFORMER "P001"
            INDEX 01 10:59:37

        """)
  }

  /// A CUE time is the chapter's start rounded down to a frame (1/75 s): never later, and
  /// less than a frame earlier.
  @Test func trackStartsAreTheChaptersStartsToTheFrame() throws {
    let folder = TemporaryFolder()
    let record = try ExportTestSupport.interview()
    let sheet = try Self.sheet(record, in: folder)
    let cues = try Self.chapters(record, in: folder)
    #expect(sheet.performer == "P001")
    #expect(sheet.files.map(\.name) == ["recording.wav"])
    let tracks = sheet.files.flatMap(\.tracks)
    #expect(tracks.map(\.number) == Array(1...cues.count))
    #expect(tracks.map(\.title) == cues.map { $0.lines.joined(separator: ": ") })
    for (track, cue) in zip(tracks, cues) {
      #expect(track.start <= Double(cue.start))
      #expect(Double(cue.start) - track.start < 1000.0 / 75)
    }
  }

  /// Part 2's times start again from zero, so each part is a `FILE` of its own.
  @Test func aRecordingInTwoPartsHasOneFilePerPart() throws {
    let folder = TemporaryFolder()
    let record = try SessionRecordBuilder.build(
      entries: JournalFixtures.interruptedInterview(), outline: JournalFixtures.interviewOutline)
    let sheet = try Self.sheet(record, in: folder)
    #expect(sheet.files.map(\.name) == ["recording-part-1.wav", "recording-part-2.wav"])
    let cues = try Self.chapters(record, in: folder)
    let byPart = sheet.files.map { file in file.tracks.map(\.title) }
    #expect(byPart[0].allSatisfy { $0.hasPrefix("Part 1 · ") })
    #expect(byPart[1].allSatisfy { $0.hasPrefix("Part 2 · ") })
    // Every chapter is a track, in its part, at its time.
    let chapters = cues.map { ($0.lines.joined(separator: ": "), $0.start) }
    let tracks = sheet.files.flatMap(\.tracks)
    #expect(tracks.count == chapters.count)
    for track in tracks {
      let cue = try #require(chapters.first { $0.0 == track.title })
      #expect(Double(cue.1) - track.start >= 0 && Double(cue.1) - track.start < 1000.0 / 75)
    }
  }

  @Test func textThatWouldBreakEitherFileIsNeutralised() throws {
    var record = try ExportTestSupport.interview()
    record.visits[5].label = "Tab\there \"quoted\"\nnew line \u{1B}[2J"
    record.participant = "P\"1"
    let folder = TemporaryFolder()
    let labels = try Self.labels(record, in: folder)
    #expect(labels[1].label.hasPrefix("q1 — Tab here \"quoted\" new line ␛[2J: Can you"))
    let sheet = try Self.sheet(record, in: folder)
    #expect(sheet.performer == "P'1")
    #expect(sheet.files[0].tracks[1].title.hasPrefix("q1 — Tab here 'quoted' new line ␛[2J: "))
  }

  /// Every C0 and C1 control, escape sequences and bidi overrides in a flag's words: shown
  /// in their visible forms, and each file still reads back whole.
  @Test func controlsInAFlagAreShownVisiblyAndBothFilesStillParse() throws {
    let record = try HostileTextExportTests.record()
    let folder = TemporaryFolder()
    for text in [AudacityLabelsExporter.export(record), CueSheetExporter.export(record)] {
      #expect(!HostileTextExportTests.actsOnTerminal(text))
      #expect(text.contains("flag ctl␀␁␂"))
    }
    // SubRip, not WebVTT: WebVTT writes `<` as `&lt;`, the markers as it is.
    let srt = try ExportTestSupport.write(SRTExporter.export(record), "s.srt", in: folder)
    let cues = try ExportValidators.read([ReadCue].self, "srt_check.py", [srt])
    let labels = try Self.labels(record, in: folder)
    #expect(labels.map(\.start) == cues.map(\.start))
    #expect(labels.map(\.label) == cues.map { $0.lines.joined(separator: ": ") })
    let tracks = try Self.sheet(record, in: folder).files.flatMap(\.tracks)
    #expect(tracks.count == cues.count)
    #expect(tracks.contains { $0.title.hasPrefix("FLAG (q1): flag ctl␀␁␂") })
  }

  @Test func aSheetStopsAtNinetyNineTracksAndSaysSo() throws {
    var record = try ExportTestSupport.interview()
    let flags = (0..<120).map { index in
      SessionRecord.Moment(time: 300 + Double(index), kind: .flag(text: "flag \(index)"), part: 1)
    }
    record.visits[6].moments += flags
    let text = CueSheetExporter.export(record)
    #expect(text.contains("REM RAPPORT \"28 later marker(s) left out: a CUE sheet holds 99"))
    let folder = TemporaryFolder()
    let sheet = try Self.sheet(record, in: folder)
    #expect(sheet.files[0].tracks.count == 99)
    #expect(try Self.labels(record, in: folder).count == 127)
  }

  /// A session just begun has nothing on the recording yet: the label track is empty, the
  /// sheet has one track (a sheet without one is refused by libcue and players).
  @Test func aSessionWithNoMarkerStillGivesFilesThatRead() throws {
    let record = try SessionRecordBuilder.build(
      entries: JournalFixtures.entries([
        (0, .sessionStarted(JournalFixtures.start())), (5, .recordingStarted),
      ]), outline: nil)
    let folder = TemporaryFolder()
    #expect(try Self.labels(record, in: folder).isEmpty)
    let sheet = try Self.sheet(record, in: folder)
    #expect(sheet.files.flatMap(\.tracks).map(\.title) == [CueSheetExporter.noMarkerTitle])
  }

  @Test func withoutAMarkTheMarkersAreFromTheSessionStart() throws {
    let record = try SessionRecordBuilder.build(
      entries: JournalFixtures.entries([
        (0, .sessionStarted(JournalFixtures.start())),
        (0, .stepEntered(step: "q1")),
        (3725.25, .stepLeft(step: "q1")),
      ]), outline: nil)
    #expect(AudacityLabelsExporter.export(record) == "0.000000\t3725.250000\tq1\n")
    #expect(
      CueSheetExporter.export(record).hasSuffix(
        "FILE \"recording.wav\" WAVE\n  TRACK 01 AUDIO\n    TITLE \"q1\"\n    PERFORMER \"P001\"\n    INDEX 01 00:00:00\n"
      ))
  }
}

@Suite struct MarkerTimeCodeTests {
  @Test func cueIndexesCountFramesOfASeventyFifthAndMinutesPastAnHour() {
    #expect(TimeCode.cueIndex(milliseconds: 0) == "00:00:00")
    #expect(TimeCode.cueIndex(milliseconds: 159_500) == "02:39:37")
    #expect(TimeCode.cueIndex(milliseconds: 13) == "00:00:00")
    #expect(TimeCode.cueIndex(milliseconds: 14) == "00:00:01")
    #expect(TimeCode.cueIndex(milliseconds: 999) == "00:00:74")
    #expect(TimeCode.cueIndex(milliseconds: 3_725_250) == "62:05:18")
    #expect(TimeCode.cueIndex(milliseconds: 6_000_000) == "100:00:00")
  }

  @Test func audacityTimesHaveSixDecimals() {
    #expect(TimeCode.decimalSeconds(milliseconds: 0) == "0.000000")
    #expect(TimeCode.decimalSeconds(milliseconds: 5) == "0.005000")
    #expect(TimeCode.decimalSeconds(milliseconds: 3_725_250) == "3725.250000")
  }
}

import Crypto
import Foundation
import RapportCore
import RapportTestSupport
import Testing

/// A session's recording in the REFI-QDA project (`--media`): validated by xmllint against
/// the REFI-QDA schema, every GUID reference and file checked by `qdpx_check.py`, the times
/// compared with the chapters export of the same session.
@Suite struct QDPXRecordingExportTests {
  struct Summary: Decodable {
    struct Recording: Decodable {
      struct Transcript: Decodable {
        var text: String
        var syncPoints: [SyncPoint]
      }

      var name: String
      var kind: String
      var path: String
      var sha256: String?
      var transcripts: [Transcript]
      var selections: [Selection]
    }

    struct Case: Decodable {
      var name: String
      var sources: Int
    }

    var recordings: [Recording]
    var codes: [String]
    var cases: [Case]
  }

  /// `[timeStamp, position, the transcript's line there]`.
  struct SyncPoint: Decodable, Equatable {
    var timeStamp: Int
    var position: Int
    var line: String

    init(_ timeStamp: Int, _ line: String) {
      self.timeStamp = timeStamp
      self.position = 0
      self.line = line
    }

    init(from decoder: any Decoder) throws {
      var row = try decoder.unkeyedContainer()
      timeStamp = try row.decode(Int.self)
      position = try row.decode(Int.self)
      line = try row.decode(String.self)
    }
  }

  /// `[name, begin, end, code name or null]`.
  struct Selection: Decodable, Equatable {
    var name: String
    var begin: Int
    var end: Int
    var code: String?

    init(_ name: String, _ begin: Int, _ end: Int, _ code: String?) {
      (self.name, self.begin, self.end, self.code) = (name, begin, end, code)
    }

    init(from decoder: any Decoder) throws {
      var row = try decoder.unkeyedContainer()
      name = try row.decode(String.self)
      begin = try row.decode(Int.self)
      end = try row.decode(Int.self)
      code = try row.decodeIfPresent(String.self)
    }
  }

  static func recording(
    _ link: RapportCore.Recording.Link, kind: RapportCore.Recording.Kind = .audio,
    extension suffix: String = "wav"
  ) -> RapportCore.Recording {
    let wav = WAVFixture.silence()
    return RapportCore.Recording(
      kind: kind, fileExtension: suffix, link: link, url: "file:///media/P001%20first.\(suffix)",
      size: wav.count
    ) { offset, count in wav.subdata(in: offset..<min(wav.count, offset + count)) }
  }

  static func check(_ data: Data) throws -> Summary {
    let folder = TemporaryFolder()
    let path = try ExportTestSupport.write(data, "study.qdpx", in: folder)
    return try ExportValidators.read(
      Summary.self, "qdpx_check.py", [path, try ExportValidators.refiSchema()])
  }

  @Test("a referenced recording gets a selection per visit and flag, at the chapters' times")
  func aReferencedRecordingIsCodedAtTheChapterTimes() throws {
    let record = try ExportTestSupport.interview()
    let data = try QDPXExporter.export(
      [record], outline: JournalFixtures.interviewOutline, name: "belonging-interview",
      recordings: [record.sessionID: Self.recording(.reference)])
    let summary = try Self.check(data)
    #expect(summary.recordings.count == 1)
    let recording = try #require(summary.recordings.first)
    #expect(recording.kind == "audio")
    #expect(recording.path == "file:///media/P001%20first.wav")
    #expect(recording.sha256 == nil, "a referenced recording is not in the project")
    #expect(
      recording.selections == [
        Selection("start-recording", 0, 1000, nil),
        Selection("q1 — Warm up", 500, 159_500, "q1 — Warm up"),
        Selection("q3", 159_500, 459_500, "q3"),
        Selection("FLAG (q3)", 219_500, 224_500, "q3"),
        Selection("q8", 459_500, 599_500, "q8"),
        Selection("q3 (visit 2)", 599_500, 659_500, "q3"),
        Selection("debrief — Debrief", 659_500, 664_500, nil),
      ])
    // The same times as the chapters export (the one time model).
    let chapters = ChapterCue.cues(for: record)
    #expect(recording.selections.map(\.begin) == chapters.map(\.start))
    #expect(recording.selections.map(\.end) == chapters.map(\.end))
    // The transcript is the template, synchronised where each question begins.
    let transcript = try #require(recording.transcripts.first)
    #expect(transcript.text == TextExporter.export(record))
    #expect(
      transcript.syncPoints.map { SyncPoint($0.timeStamp, $0.line) } == [
        SyncPoint(500, "[00:00:00] q1 — Warm up"), SyncPoint(159_500, "[00:02:39] q3"),
        SyncPoint(459_500, "[00:07:39] q8"), SyncPoint(599_500, "[00:09:59] q3 (visit 2)"),
      ])
    #expect(summary.codes == ["q1 — Warm up", "q3", "q8"])
    #expect(summary.cases.map(\.sources) == [2], "the case holds the text and the recording")
  }

  @Test("a copied recording is inside the project, byte for byte")
  func aCopiedRecordingIsInTheProject() throws {
    let record = try ExportTestSupport.interview()
    let data = try QDPXExporter.export(
      [record], outline: JournalFixtures.interviewOutline, name: "belonging-interview",
      recordings: [record.sessionID: Self.recording(.copy)])
    let recording = try #require(try Self.check(data).recordings.first)
    #expect(recording.path.hasPrefix("internal://") && recording.path.hasSuffix(".wav"))
    let expected = SHA256.hash(data: WAVFixture.silence()).map { String(format: "%02x", $0) }
    #expect(recording.sha256 == expected.joined())
  }

  @Test("a video file becomes a VideoSource with video selections")
  func videoByExtension() throws {
    let record = try ExportTestSupport.interview()
    let data = try QDPXExporter.export(
      [record], outline: nil, name: "x",
      recordings: [record.sessionID: Self.recording(.reference, kind: .video, extension: "mp4")])
    let recording = try #require(try Self.check(data).recordings.first)
    #expect(recording.kind == "video")
    #expect(recording.selections.count == 7)
  }

  @Test("with two recording parts only the first is placed on the file, and that is said")
  func onlyTheFirstPartIsPlaced() throws {
    let record = try SessionRecordBuilder.build(
      entries: JournalFixtures.interruptedInterview(), outline: JournalFixtures.interviewOutline)
    var project = QDPXWriter(
      zip: try ZipPackage.inMemory(modified: record.startedAt), spool: MemorySink(),
      name: "x", created: record.startedAt)
    let transcript = SessionExporter.Transcript(record)
    let warnings = try project.add(
      record, blocks: transcript.blocks, text: transcript.text,
      recording: Self.recording(.reference))
    #expect(
      warnings == [
        "session '\(record.sessionID)': the recording has 2 parts; only part 1 is placed on "
          + "the recording given (2 selection(s) of later parts left out)"
      ])
    let data = try QDPXExporter.export(
      [record], outline: JournalFixtures.interviewOutline, name: "x",
      recordings: [record.sessionID: Self.recording(.reference)])
    let recording = try #require(try Self.check(data).recordings.first)
    #expect(!recording.selections.contains { $0.name.hasPrefix("Part 2") })
    #expect(recording.selections.contains { $0.name.hasPrefix("Part 1") })
  }

  @Test("without a recording the project is exactly as before recordings existed")
  func withoutRecordingsNothingChanges() throws {
    let record = try ExportTestSupport.interview()
    let plain = try QDPXExporter.export([record], outline: nil, name: "x")
    let summary = try Self.check(plain)
    #expect(summary.recordings.isEmpty)
    #expect(summary.cases.map(\.sources) == [1])
  }
}

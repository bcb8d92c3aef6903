import Foundation
import Testing

@testable import RapportCore

/// The chapter cues are worked out once a session and shared by the formats made of them
/// (WebVTT, SubRip, Audacity labels, the CUE sheet), counted (`WorkCount`: the visits read
/// while making the cues), never timed; and sharing them changes no byte.
@Suite(
  "Chapter cues are worked out once a session", .enabled(if: WorkCount.isCounting))
struct ChapterCueWorkTests {
  static let cueFormats: [ExportFormat] = [.vtt, .srt, .audacity, .cue]

  @Test func theFourCueFormatsWorkThemOutOnce() throws {
    let record = try ExportTestSupport.interview()
    #expect(record.visits.count > 5, "a session with several visits")
    let once = WorkCount.measure { _ = ChapterCue.cues(for: record) }
    #expect(once.visited == record.visits.count)

    let formats = Self.cueFormats + [.markdown, .text, .json]
    var files: [ExportFile] = []
    let shared = try WorkCount.measure {
      let transcript = SessionExporter.Transcript(
        record, needsCues: SessionExporter.Transcript.needsCues(formats))
      files = try SessionExporter.files(for: record, formats: formats, transcript: transcript)
    }
    #expect(shared.visited == once.visited, "one set of cues for four formats")

    // Each format alone (no shared cues) gives the same bytes.
    for (format, file) in zip(formats, files) {
      let alone = try SessionExporter.file(for: record, format: format)
      #expect(alone.data == file.data, "\(format)")
    }
  }

  @Test func formatsWithoutCuesWorkNoneOut() throws {
    let record = try ExportTestSupport.interview()
    let formats: [ExportFormat] = [.markdown, .text, .json, .eaf]
    let work = try WorkCount.measure {
      let transcript = SessionExporter.Transcript(
        record, needsCues: SessionExporter.Transcript.needsCues(formats))
      _ = try SessionExporter.files(for: record, formats: formats, transcript: transcript)
    }
    #expect(work.visited == 0)
  }
}

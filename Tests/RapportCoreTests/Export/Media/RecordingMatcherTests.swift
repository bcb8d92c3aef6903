import RapportCore
import Testing

/// Which file of a `--media` folder goes with which session, and what is said about the rest.
@Suite struct RecordingMatcherTests {
  static let p1 = "P001_belonging-interview_20221003T140509Z"
  static let p2a = "P002_belonging-interview_20221004T100000Z"
  static let p2b = "P002_belonging-interview_20221011T100000Z"
  static let p3 = "P003_belonging-interview_20221005T100000Z"
  static let p4 = "P004_belonging-interview_20221006T100000Z"

  static let sessions: [RecordingMatcher.Session] = [
    .init(folderName: p1, participant: "P001"), .init(folderName: p2a, participant: "P002"),
    .init(folderName: p2b, participant: "P002"), .init(folderName: p3, participant: "P003"),
    .init(folderName: p4, participant: "P004"),
  ]

  @Test("by session folder name, else by participant ID when that participant has one session")
  func matchesByFolderNameThenParticipant() {
    let outcome = RecordingMatcher.match(
      sessions: Self.sessions, files: ["\(Self.p1).WAV", "P003.m4a", "\(Self.p2b).mp4"])
    #expect(
      outcome.files == [
        Self.p1: "\(Self.p1).WAV", Self.p3: "P003.m4a", Self.p2b: "\(Self.p2b).mp4",
      ])
    #expect(
      outcome.warnings == [
        "session '\(Self.p2a)': no recording in the media folder (name it '\(Self.p2a).wav', or by the participant ID)",
        "session '\(Self.p4)': no recording in the media folder (name it '\(Self.p4).wav', or by the participant ID)",
      ])
  }

  @Test("ambiguous and unmatched files, and files that are not recordings, are warnings")
  func theRestAreWarnings() {
    let outcome = RecordingMatcher.match(
      sessions: Self.sessions,
      files: [
        "P001.wav", "P001.mp3", "P002.wav", "notes.txt", "P009.wav", ".hidden.wav",
        "\(Self.p1).wav", "\(Self.p3).wav", "\(Self.p3).flac", "P004.ogg",
      ])
    // P001 is named after its folder: 'P001.wav' and 'P001.mp3' are left over, not used.
    #expect(outcome.files == [Self.p1: "\(Self.p1).wav", Self.p4: "P004.ogg"])
    #expect(
      outcome.warnings == [
        "media: 'notes.txt' is not an audio or video file (by its extension); left out",
        "session '\(Self.p2a)': no recording in the media folder (name it '\(Self.p2a).wav', or by the participant ID)",
        "session '\(Self.p2b)': no recording in the media folder (name it '\(Self.p2b).wav', or by the participant ID)",
        "session '\(Self.p3)': more than one recording fits ('\(Self.p3).flac', '\(Self.p3).wav'); none is used",
        "media: 'P001.mp3' fits no session exported; left out",
        "media: 'P001.wav' fits no session exported; left out",
        "media: 'P002.wav' could belong to any of the 2 sessions of P002; name it after the session folder",
        "media: 'P009.wav' fits no session exported; left out",
      ])
  }

  @Test("audio and video are told apart by the extension, in any case")
  func kindsByExtension() {
    #expect(Recording.kind(ofFileNamed: "a.WAV") == .audio)
    #expect(Recording.kind(ofFileNamed: "a.b.m4a") == .audio)
    #expect(Recording.kind(ofFileNamed: "a.MOV") == .video)
    #expect(Recording.kind(ofFileNamed: "a.mp4") == .video)
    #expect(Recording.kind(ofFileNamed: "wav") == nil)
    #expect(Recording.kind(ofFileNamed: "a.txt") == nil)
  }
}

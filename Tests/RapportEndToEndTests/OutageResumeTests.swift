import Foundation
import RapportCore
import RapportTestSupport
import Testing

/// A crash with the recorder running, then `rapport resume` and `rapport export`, on a
/// journal whose lead terminal went down two minutes ago: no waiting needed.
@Suite struct OutageResumeTests {
  /// The journal of a session that crashed on q1: the recording marked 110 s before now,
  /// the last line 80 s before now.
  static func crashedSession(in temp: TemporaryFolder, participant: String) throws -> String {
    let root = temp.path + "/Responses"
    let shipped = try String(
      contentsOfFile: RapportBinary.shippedProtocol("belonging-interview.yaml"), encoding: .utf8)
    let start = SessionStart(
      sessionID: "\(participant)_belonging-interview_20221003T140509Z",
      protocolID: "belonging-interview", protocolVersion: "1.0",
      protocolPath: "Protocols/belonging-interview.yaml", protocolText: shipped,
      participant: participant, rapportVersion: "test")
    let began = Date().addingTimeInterval(-120)
    let events: [(Double, SessionEvent)] = [
      (0, .sessionStarted(start)), (1, .stepEntered(step: "consent")),
      (5, .stepEntered(step: "start-recording")), (10, .recordingStarted),
      (12, .stepEntered(step: "q1")), (40, .noted(step: "q1", role: .lead, text: "before")),
    ]
    let entries = events.enumerated().map { offset, pair in
      JournalEntry(
        seq: offset + 1, writer: "lead", at: began.addingTimeInterval(pair.0), clock: pair.0,
        event: pair.1)
    }
    let session = root + "/\(start.sessionID)"
    try FileManager.default.createDirectory(atPath: session, withIntermediateDirectories: true)
    let journal = entries.map(JournalCodec.encodeLine).reduce(Data(), +)
    try journal.write(to: URL(fileURLWithPath: session + "/journal.jsonl"))
    return root
  }

  /// The start of the VTT cue whose title begins with `title`, in seconds.
  static func cueStart(_ vtt: String, title: String) -> Double? {
    let lines = vtt.components(separatedBy: "\n")
    guard let index = lines.firstIndex(where: { $0.hasPrefix(title) }), index > 0 else {
      return nil
    }
    let stamp = lines[index - 1].components(separatedBy: " --> ")[0]
    let parts = stamp.split(separator: ":").compactMap { Double($0) }
    guard parts.count == 3 else { return nil }
    return parts[0] * 3600 + parts[1] * 60 + parts[2]
  }

  @Test func afterStillRunningTheNextChapterIsAtTheWallTimeSinceTheMark() throws {
    let temp = TemporaryFolder()
    let root = try Self.crashedSession(in: temp, participant: "P031")
    let before = Date()
    let resumed = try runProcess(
      RapportBinary.path, ["resume", "P031", "--responses", root], input: "y\n\n")
    let after = Date()
    #expect(resumed.status == 0, "\(resumed.stderr)")
    #expect(resumed.stdout.contains("Was the recording still running?"))
    #expect(resumed.stdout.contains("recording time runs on through the outage"))

    let folder = try #require(JournalInspection.sessionFolders(in: temp.path + "/Responses").first)
    let entries = try JournalInspection.read(folder).entries
    #expect(entries.contains { $0.event == .recordingChecked(stillRunning: true) })
    let mark = try #require(entries.first { $0.event == .recordingStarted }?.at)
    let q2 = try #require(entries.first { $0.event == .stepEntered(step: "q2") }?.at)

    let out = temp.path + "/out"
    let exported = try runProcess(
      RapportBinary.path, ["export", "P031", "--responses", root, "--format", "vtt", "--out", out])
    #expect(exported.status == 0, "\(exported.stderr)")
    let name = try #require(try FileManager.default.contentsOfDirectory(atPath: out).first)
    let vtt = try String(contentsOfFile: out + "/" + name, encoding: .utf8)
    let chapter = try #require(Self.cueStart(vtt, title: "q2"))
    // The chapter is the wall time since /rec, the 80 s outage included, within 1 s.
    #expect(abs(chapter - q2.timeIntervalSince(mark)) < 1)
    #expect(chapter >= before.timeIntervalSince(mark) - 1)
    #expect(chapter <= after.timeIntervalSince(mark) + 1)
    #expect(chapter > 100)
    #expect(vtt.contains("the interviewers' terminal was down; the recording ran on"))
  }

  @Test func afterItStoppedTheRecordingIsPartOneUntilTheCrash() throws {
    let temp = TemporaryFolder()
    let root = try Self.crashedSession(in: temp, participant: "P032")
    let resumed = try runProcess(
      RapportBinary.path, ["resume", "P032", "--responses", root], input: "n\n/rec\n\n")
    #expect(resumed.status == 0, "\(resumed.stderr)")
    let out = temp.path + "/out"
    let exported = try runProcess(
      RapportBinary.path,
      ["export", "P032", "--responses", root, "--format", "vtt", "--format", "text", "--out", out])
    #expect(exported.status == 0, "\(exported.stderr)")
    let names = try FileManager.default.contentsOfDirectory(atPath: out)
    let vttName = try #require(names.first { $0.hasSuffix(".vtt") })
    let vtt = try String(contentsOfFile: out + "/" + vttName, encoding: .utf8)
    // q2 starts part 2, at its very start; q1 is part 1 from 2 s after the mark.
    #expect(Self.cueStart(vtt, title: "Part 2 · q2").map { $0 < 1 } == true)
    #expect(Self.cueStart(vtt, title: "Part 1 · q1") == 2)
    #expect(vtt.contains("Recording part 2 starts"))
  }

  @Test func aPipedResumeWithoutAnAnswerAssumesStillRunningAndKeepsTheLine() throws {
    let temp = TemporaryFolder()
    let root = try Self.crashedSession(in: temp, participant: "P033")
    let resumed = try runProcess(
      RapportBinary.path, ["resume", "P033", "--responses", root], input: "a note, not an answer\n")
    #expect(resumed.status == 0, "\(resumed.stderr)")
    #expect(resumed.stdout.contains("no answer: assuming the recording was still running"))
    let folder = try #require(JournalInspection.sessionFolders(in: temp.path + "/Responses").first)
    let entries = try JournalInspection.read(folder).entries
    #expect(entries.contains { $0.event == .recordingChecked(stillRunning: true) })
    #expect(JournalInspection.notes(entries).last?.2 == "a note, not an answer")
  }
}

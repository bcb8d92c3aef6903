import Foundation
import RapportTestSupport
import Testing

@testable import RapportCore

/// The export's paradata, validated by `frictionless` against the Table Schema it writes,
/// read back by `paradata_check.py` (Python's csv, strict) and compared with the journal.
@Suite struct ParadataExportTests {
  struct Read: Decodable {
    struct Row: Decodable {
      var session: String
      var participant: String
      var writer: String
      var seq: String
      var role: String
      var event: String
      var step: String
      var at: String
      var sessionClock: String
      var recordingPart: String
      var recordingTime: String
      var recorded: String
      var parameters: [String: ParameterValue]

      enum CodingKeys: String, CodingKey {
        case session, participant, writer, seq, role, event, step, at, recorded, parameters
        case sessionClock = "session_clock"
        case recordingPart = "recording_part"
        case recordingTime = "recording_time"
      }
    }

    struct Info: Decodable {
      struct ProtocolText: Decodable {
        var id: String
        var sha256: String
        var sessions: Int
      }

      struct Session: Decodable {
        var session: String
        var events: Int
        var status: String
      }

      var protocols: [ProtocolText]
      var sessions: [Session]
      var redacted: Bool
    }

    var rows: [Row]
    var info: Info
  }

  /// A parameter as read back: a number, a yes/no, or any other JSON kept as its text.
  enum ParameterValue: Decodable, Equatable {
    case number(Double)
    case bool(Bool)
    case text(String)
    case other

    init(from decoder: any Decoder) throws {
      let value = try decoder.singleValueContainer()
      if let flag = try? value.decode(Bool.self) {
        self = .bool(flag)
      } else if let number = try? value.decode(Double.self) {
        self = .number(number)
      } else if let text = try? value.decode(String.self) {
        self = .text(text)
      } else {
        self = .other
      }
    }
  }

  static let exportedAt = Date(timeIntervalSince1970: 1_700_000_000)

  /// Writes the paradata of `journals` into `folder`, checks it with frictionless, and
  /// reads it back.
  static func export(
    _ journals: [[JournalEntry]], redactor: Redactor = Redactor(terms: []),
    in folder: TemporaryFolder
  ) throws -> (files: [ExportFile], read: Read) {
    var info = ExportInfo(
      rapportVersion: "9.9.9", exportedAt: exportedAt, redacted: !redactor.isEmpty)
    for entries in journals {
      let record = try SessionRecordBuilder.build(entries: entries, outline: nil)
      info.add(record.redacted(by: redactor), entries: entries)
    }
    let files = ParadataExporter.export(journals, info: info, redactor: redactor)
    for file in files { _ = try ExportTestSupport.write(file.data, file.name, in: folder) }
    _ = try ExportValidators.run(
      "table_check.py", [folder.path + "/paradata.schema.json", folder.path + "/paradata.csv"])
    return (files, try ExportValidators.read(Read.self, "paradata_check.py", [folder.path]))
  }

  @Test func oneRowPerJournalEventInJournalOrder() throws {
    let entries = JournalFixtures.interview()
    let folder = TemporaryFolder()
    let (files, read) = try Self.export([entries], in: folder)
    #expect(files.map(\.name) == ParadataExporter.fileNames)
    #expect(read.rows.count == entries.count)
    for (row, entry) in zip(read.rows, entries) {
      #expect(row.session == "P001_belonging-interview_20221003T140509Z")
      #expect(row.participant == "P001")
      #expect(row.writer == entry.writer)
      #expect(row.seq == String(entry.seq))
      #expect(row.event == entry.event.typeName)
      #expect(row.step == entry.event.step ?? "")
      #expect(row.at == String(JournalTimestamp.format(entry.at).dropLast()) + "+00:00")
    }
    #expect(read.info.sessions.map(\.events) == [entries.count])
    #expect(read.info.sessions.map(\.status) == ["completed"])
    let csv = String(decoding: files[0].data, as: UTF8.self)
    #expect(
      csv.hasPrefix(
        "session,participant,writer,seq,role,event,step,at,session_clock,recording_part,"
          + "recording_time,recorded,parameters\r\n"
          + "P001_belonging-interview_20221003T140509Z,P001,lead,1,lead,session-started,,"
          + "2022-10-03T14:05:09.000+00:00,0,1,-40.5,false,\"{\"\"protocol-id\"\":"
          + "\"\"belonging-interview\"\",\"\"protocol-version\"\":\"\"1.0\"\","))
    #expect(
      csv.contains(
        "P001_belonging-interview_20221003T140509Z,P001,lead,2,lead,step-entered,gender,"
          + "2022-10-03T14:05:10.000+00:00,1,1,-39.5,false,{}\r\n"))
  }

  /// The same moments as the chapters and the template, on each clock.
  @Test func timesComeFromTheOneTimeModel() throws {
    let entries = JournalFixtures.interview()
    let record = try ExportTestSupport.interview()
    let folder = TemporaryFolder()
    let rows = try Self.export([entries], in: folder).read.rows
    let flag = try #require(rows.first { $0.event == "flagged" })
    #expect(flag.recordingTime == AnswerText.seconds(try #require(record.flags.first).time))
    #expect(flag.recordingTime == "219.5")
    #expect(flag.sessionClock == "260")
    #expect(flag.recordingPart == "1")
    #expect(flag.recorded == "true")
    // After the two-minute pause the interview clock is 120 s behind the recording.
    let note = try #require(rows.first { $0.event == "noted" && $0.step == "q3" })
    #expect(note.sessionClock == "310")
    #expect(note.recordingTime == "389.5")
    #expect(note.role == "support")
    #expect(note.writer == "lead")
    // Each step-entered row on the recording is where its chapter starts.
    let entered = rows.filter { $0.event == "step-entered" && $0.recorded == "true" }
    #expect(entered.map(\.step) == ["q1", "q3", "q8", "q3", "debrief"])
    let chapters = ChapterCue.cues(for: record).filter {
      !$0.title.hasPrefix("FLAG") && !$0.title.hasPrefix("start-recording")
    }
    #expect(
      entered.map(\.recordingTime)
        == chapters.map { AnswerText.seconds(Double($0.start) / 1000) })
  }

  @Test func wordsTypedInTheInterviewAreLeftOutButTheirLengthsKept() throws {
    let folder = TemporaryFolder()
    let (files, read) = try Self.export([JournalFixtures.interview()], in: folder)
    let csv = String(decoding: files[0].data, as: UTF8.self)
    for typed in ["community", "societies", "tutor", "sheet sent by email", "audio clear"] {
      #expect(!csv.contains(typed), "\(typed)")
    }
    let notes = read.rows.filter { $0.event == "noted" }.map { $0.parameters["text-length"] }
    #expect(notes == [.number(37), .number(19), .number(22)])
    let skip = try #require(read.rows.first { $0.event == "skipped" })
    #expect(skip.parameters == ["reason-length": .number(19)])
    let checked = try #require(read.rows.first { $0.event == "checked" })
    #expect(checked.parameters == ["item": .number(1), "checked": .bool(true)])
  }

  @Test func redactionReachesTheNamesAndAnswersItKeeps() throws {
    let folder = TemporaryFolder()
    let (files, read) = try Self.export(
      [JournalFixtures.interview()], redactor: Redactor(terms: ["HI", "imperial college london"]),
      in: folder)
    let csv = String(decoding: files[0].data, as: UTF8.self)
    #expect(!csv.contains("Imperial"))
    #expect(!csv.contains("\"\"HI\"\""))
    #expect(read.rows[0].parameters["lead"] == .text("[REDACTED]"))
    #expect(read.rows[0].parameters["support"] == .text("SA"))
    #expect(csv.contains("{\"\"value\"\":{\"\"text\"\":\"\"[REDACTED]\"\"}}"))
    #expect(read.info.redacted)
  }

  @Test func oneTableForTheSessionsOfEveryProtocol() throws {
    let interview = JournalFixtures.interview()
    let screening = JournalFixtures.screening(participant: "R001", school: "none")
    let folder = TemporaryFolder()
    let read = try Self.export([interview, screening], in: folder).read
    #expect(read.rows.count == interview.count + screening.count)
    #expect(read.info.protocols.map(\.id) == ["belonging-interview", "eligibility-screening"])
    #expect(read.info.sessions.map(\.status) == ["completed", "screened-out"])
    let last = try #require(read.rows.last)
    #expect(last.event == "ended")
    #expect(last.step == "not-eligible")
    #expect(last.parameters == ["reason": .text("screened-out")])
    // No recording mark: the recording columns are empty.
    #expect(last.recordingPart == "" && last.recordingTime == "" && last.recorded == "")
    #expect(last.sessionClock == "6")
  }

  /// Every kind of event the journal holds is listed (the schema's enum and the README).
  @Test func everyEventKindIsDescribed() throws {
    let start = JournalFixtures.start()
    let events: [SessionEvent] = [
      .sessionStarted(start), .attributeRecorded(item: "a", value: .number(1)),
      .stepEntered(step: "s"), .stepLeft(step: "s"), .promptUsed(step: "s", index: 1),
      .rephrased(step: "s", index: 1), .roundedUp(step: "s"),
      .noted(step: nil, role: .lead, text: "t"), .answered(item: "a", value: .boolean(true)),
      .answerCleared(item: "a"), .checked(step: "s", item: 1, isChecked: false),
      .skipped(step: "s", reason: nil), .flagged(step: nil, text: nil), .recordingStarted,
      .recordingStopped, .recordingChecked(stillRunning: true), .paused, .resumed,
      .sessionResumed, .cue(from: .support, kind: .timeWarning, text: "t"),
      .ended(reason: .endedEarly),
    ]
    let entries = JournalFixtures.entries(events.enumerated().map { (Double($0), $1) })
    let folder = TemporaryFolder()
    let (files, read) = try Self.export([entries], in: folder)
    #expect(read.rows.map(\.event) == events.map(\.typeName))
    let readme = String(decoding: files[2].data, as: UTF8.self)
    for event in events {
      #expect(readme.contains("\n\(event.typeName)\n    "), "\(event.typeName)")
    }
    #expect(read.rows[19].role == "support")
    #expect(read.rows[19].parameters == ["kind": .text("time-warning"), "text-length": .number(1)])
  }
}

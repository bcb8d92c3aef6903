import Foundation
import RapportCore
import RapportTestSupport
import Testing

/// The analysis formats (`qdc`, `audacity`, `cue`, `paradata`) as `rapport export` writes
/// them from real journals, read back by their independent readers.
@Suite struct ExportAnalysisFormatsTests {
  static let rapport = RapportBinary.path
  static let session = "P001_belonging-interview_20221003T140509Z"

  struct Cue: Decodable {
    var start: Int
    var end: Int
    var lines: [String]
  }

  struct Label: Decodable {
    var start: Int
    var end: Int
    var label: String
  }

  struct Sheet: Decodable {
    struct File: Decodable { var tracks: [Track] }
    struct Track: Decodable {
      var title: String
      var start: Double
    }
    var files: [File]
  }

  /// The fixture responses plus a screening session of another protocol.
  static func responses(in folder: TemporaryFolder) throws -> String {
    let root = try ExportCommandTests.responses(in: folder)
    let session = root + "/R001_eligibility-screening_20221003T160000Z"
    try FileManager.default.createDirectory(
      atPath: session, withIntermediateDirectories: true,
      attributes: ExportCommandTests.privateFolder)
    let entries = JournalFixtures.screening(participant: "R001", school: "none")
    try entries.map(JournalCodec.encodeLine).reduce(Data(), +).write(
      to: URL(fileURLWithPath: session + "/journal.jsonl"))
    return root
  }

  @Test func markersHaveTheTimesOfTheChaptersOfTheSameSession() throws {
    let folder = TemporaryFolder()
    let responses = try Self.responses(in: folder)
    let out = folder.path + "/out"
    let result = try runProcess(
      Self.rapport,
      ["export", "P001", "--responses", responses, "-f", "vtt,audacity,cue", "--out", out])
    #expect(result.status == 0, "\(result.stderr)")
    let base = out + "/" + Self.session
    let cues = try ExportValidators.read([Cue].self, "vtt_check.py", [base + ".vtt"])
    let labels = try ExportValidators.read(
      [Label].self, "audacity_check.py", [base + ".audacity.txt"])
    let tracks = try ExportValidators.read(Sheet.self, "cue_check.py", [base + ".cue"]).files
      .flatMap(\.tracks)
    #expect(cues.count == 7)
    #expect(labels.map(\.start) == cues.map(\.start))
    #expect(labels.map(\.end) == cues.map(\.end))
    #expect(labels.map(\.label) == cues.map { $0.lines.joined(separator: ": ") })
    #expect(tracks.map(\.title) == labels.map(\.label))
    for (track, cue) in zip(tracks, cues) {
      #expect(track.start <= Double(cue.start) && Double(cue.start) - track.start < 1000.0 / 75)
    }
    let mode = try FileManager.default.attributesOfItem(atPath: base + ".cue")[.posixPermissions]
    #expect(mode as? Int == 0o600)
  }

  /// P001's snapshot is the shipped protocol, so the codebook is its twelve questions,
  /// named and identified as in the project exported beside it.
  @Test func theCodebookIsTheProtocolsQuestionsWithTheProjectsGUIDs() throws {
    let folder = TemporaryFolder()
    let responses = try Self.responses(in: folder)
    let out = folder.path + "/out"
    let result = try runProcess(
      Self.rapport, ["export", "--all", "--responses", responses, "-f", "qdc,qdpx", "--out", out])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("Wrote 4 file(s)"))
    let summary = try ExportValidators.json(
      "qdc_check.py",
      [
        out + "/belonging-interview.qdc", try ExportValidators.codebookSchema(), "--protocol",
        RapportBinary.shippedProtocol("belonging-interview.yaml"), "--project",
        out + "/belonging-interview.qdpx",
      ])
    let shared = (summary as? [String: Any])?["sharedWithProject"] as? Int
    #expect(shared == 12)
    // The screening session's snapshot names no steps: the steps it visited are the codes.
    let screening = try ExportValidators.json(
      "qdc_check.py", [out + "/eligibility-screening.qdc", try ExportValidators.codebookSchema()])
    let codes = ((screening as? [String: Any])?["codes"] as? [[String: Any]]) ?? []
    #expect(codes.compactMap { $0["name"] as? String }.first == "school")
  }

  @Test func paradataHasEveryEventOfEverySessionOfEveryProtocol() throws {
    let folder = TemporaryFolder()
    let responses = try Self.responses(in: folder)
    let out = folder.path + "/out"
    let arguments = ["export", "--all", "--responses", responses, "-f", "paradata", "--out", out]
    let result = try runProcess(Self.rapport, arguments)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("Wrote 4 file(s)"))
    _ = try ExportValidators.run(
      "table_check.py", [out + "/paradata.schema.json", out + "/paradata.csv"])
    let read = try ExportValidators.json("paradata_check.py", [out]) as? [String: Any]
    let rows = read?["rows"] as? [[String: Any]] ?? []
    let info = read?["info"] as? [String: Any] ?? [:]
    // Every line of every journal, in folder order, with its writer, number and time.
    var journals: [JournalEntry] = []
    for name in try FileManager.default.contentsOfDirectory(atPath: responses).sorted() {
      let data = try Data(
        contentsOf: URL(fileURLWithPath: responses + "/" + name + "/journal.jsonl"))
      journals += JournalCodec.decode(data).entries
    }
    #expect(rows.count == journals.count)
    #expect(rows.map { $0["seq"] as? String } == journals.map { String($0.seq) })
    #expect(rows.map { $0["event"] as? String } == journals.map(\.event.typeName))
    let version = try runProcess(Self.rapport, ["--version"]).stdout
    #expect(info["rapport-version"] as? String == version.trimmingCharacters(in: .newlines))
    // P002's snapshot is a shortened copy of P001's protocol: another text, listed apart.
    let protocols = info["protocols"] as? [[String: Any]] ?? []
    #expect(
      protocols.compactMap { $0["id"] as? String }
        == ["belonging-interview", "belonging-interview", "eligibility-screening"])
    #expect(Set(protocols.compactMap { $0["sha256"] as? String }).count == 3)
    for name in ParadataExporter.fileNames {
      let mode = try FileManager.default.attributesOfItem(atPath: out + "/" + name)[
        .posixPermissions]
      #expect(mode as? Int == 0o600, "\(name)")
    }
    let again = try runProcess(Self.rapport, arguments)
    #expect(again.status == 1)
    #expect(again.stderr.contains("paradata.csv' and 3 more already exist(s); nothing was written"))
  }
}

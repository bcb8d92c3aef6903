import Foundation
import RapportCore
import RapportTestSupport
import Testing

/// `rapport export` as a user runs it: real journals in a responses folder, the real binary.
@Suite struct ExportCommandTests {
  static let rapport = RapportBinary.path
  static var privateFolder: [FileAttributeKey: Any] { [.posixPermissions: 0o700] }

  /// A responses folder holding the fixture interviews of P001 (with the shipped protocol
  /// as its snapshot) and P002 (with a snapshot too short to name the steps).
  static func responses(in folder: TemporaryFolder) throws -> String {
    let root = folder.path + "/Responses"
    let shipped = try String(
      contentsOfFile: RapportBinary.shippedProtocol("belonging-interview.yaml"), encoding: .utf8)
    for participant in ["P001", "P002"] {
      let entries = JournalFixtures.interview(
        participant: participant, protocolText: participant == "P001" ? shipped : nil)
      let session = root + "/\(participant)_belonging-interview_20221003T140509Z"
      try FileManager.default.createDirectory(
        atPath: session, withIntermediateDirectories: true, attributes: Self.privateFolder)
      let journal = entries.map(JournalCodec.encodeLine).reduce(Data(), +)
      try journal.write(to: URL(fileURLWithPath: session + "/journal.jsonl"))
    }
    return root
  }

  @Test func exportsEveryFormatPrivatelyAndNeverOverwritesWithoutForce() throws {
    let folder = TemporaryFolder()
    let responses = try Self.responses(in: folder)
    let out = folder.path + "/out"
    let arguments = ["export", "--all", "--responses", responses, "--format", "all", "--out", out]
    let first = try runProcess(Self.rapport, arguments)
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stdout == "Wrote 33 file(s) to '\(out)' from 2 session(s).\n")
    #expect(first.stderr.contains("participant") == false)
    #expect(!first.stderr.contains("%"), "no progress bar when standard error is not a terminal")
    let names = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
    #expect(names.count == 33)
    #expect(names.contains("P001_belonging-interview_20221003T140509Z.docx"))
    #expect(names.contains("belonging-interview.qdpx"))
    #expect(names.contains("answers-belonging-interview.schema.json"))
    for name in ["belonging-interview.qdc", "paradata.csv", "README.txt", "export-info.json"] {
      #expect(names.contains(name), "\(name)")
    }
    #expect(names.contains("P001_belonging-interview_20221003T140509Z.audacity.txt"))
    #expect(names.contains("P001_belonging-interview_20221003T140509Z.cue"))
    for name in names {
      let attributes = try FileManager.default.attributesOfItem(atPath: out + "/" + name)
      #expect(attributes[.posixPermissions] as? Int == 0o600, "\(name)")
    }
    let folderMode = try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions]
    #expect(folderMode as? Int == 0o700)

    try Self.readBack(out, names: names)

    let again = try runProcess(Self.rapport, arguments)
    #expect(again.status == 1)
    #expect(again.stderr.contains("already exist(s); nothing was written (use --force to replace)"))
    let forced = try runProcess(Self.rapport, arguments + ["--force"])
    #expect(forced.status == 0)
  }

  /// Every file read by its independent reader (which fail the test on any problem).
  static func readBack(_ out: String, names: [String]) throws {
    let schema = RapportBinary.packageRoot.appendingPathComponent("docs/session-export.schema.json")
    for name in names {
      let path = out + "/" + name
      if name.hasSuffix(".audacity.txt") {
        _ = try ExportValidators.run("audacity_check.py", [path])
        continue
      }
      switch (name as NSString).pathExtension {
      case "cue": _ = try ExportValidators.run("cue_check.py", [path])
      case "qdc":
        _ = try ExportValidators.run(
          "qdc_check.py", [path, try ExportValidators.codebookSchema()])
      case "csv" where name == "paradata.csv":
        _ = try ExportValidators.run("table_check.py", [out + "/paradata.schema.json", path])
        _ = try ExportValidators.run("paradata_check.py", [out])
      case "json" where name == "paradata.schema.json" || name == "export-info.json": break
      case "vtt": _ = try ExportValidators.run("vtt_check.py", [path])
      case "srt": _ = try ExportValidators.run("srt_check.py", [path])
      case "eaf": _ = try ExportValidators.run("eaf_check.py", [path])
      case "docx": _ = try ExportValidators.run("docx_check.py", [path])
      case "csv": _ = try ExportValidators.run("csv_check.py", [path])
      case "sps":
        let sav = (name as NSString).deletingPathExtension + ".sav"
        _ = try ExportValidators.run("spss_check.py", [path, sav])
      case "R": _ = try ExportValidators.run("r_check.py", [path])
      case "do": _ = try ExportValidators.run("stata_check.py", [path])
      case "qdpx":
        _ = try ExportValidators.run("qdpx_check.py", [path, try ExportValidators.refiSchema()])
      case "json" where name.hasPrefix("answers-"):
        _ = try ExportValidators.run(
          "table_check.py",
          [path, out + "/" + name.replacingOccurrences(of: ".schema.json", with: ".csv")])
      case "json":
        try ExportValidators.check("check-jsonschema", ["--schemafile", schema.path, path])
      default: break
      }
    }
  }

  /// Files are 0600 whatever the umask: under one that takes the owner's read or write
  /// (`open` alone would give 0400 here) as under the usual 022 or none at all (where no
  /// `fchmod` is needed, and where a slip would leave files readable by everyone).
  @Test(arguments: ["0277", "0022", "0000"])
  func everyFileIsPrivateWhateverTheUmask(umask: String) throws {
    let folder = TemporaryFolder()
    let responses = try Self.responses(in: folder)
    let out = folder.path + "/out"
    let result = try runProcess(
      "/bin/sh",
      [
        "-c", "umask \(umask) && exec \"$0\" \"$@\"", Self.rapport, "export", "--all",
        "--responses", responses, "--format", "all", "--out", out,
      ])
    #expect(result.status == 0, "\(result.stderr)")
    let names = try FileManager.default.contentsOfDirectory(atPath: out)
    #expect(names.count == 33)
    for name in names {
      let attributes = try FileManager.default.attributesOfItem(atPath: out + "/" + name)
      #expect(attributes[.posixPermissions] as? Int == 0o600, "\(name) under umask \(umask)")
    }
    let folderMode = try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions]
    #expect(folderMode as? Int == 0o700)
  }

  /// A folder the export made itself is not checked for files on the way in (it is empty),
  /// but it is on the next run: that run refuses, writes nothing and leaves every file as it was.
  @Test func aFolderMadeByTheExportIsNeverWrittenOverOnTheNextRun() throws {
    let folder = TemporaryFolder()
    let responses = try Self.responses(in: folder)
    let out = folder.path + "/new/nested/out"
    let arguments = ["export", "--all", "--responses", responses, "--format", "all", "--out", out]
    let first = try runProcess(Self.rapport, arguments)
    #expect(first.status == 0, "\(first.stderr)")
    let names = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
    #expect(names.count == 33)
    let marked = out + "/" + names[0]
    try Data("kept".utf8).write(to: URL(fileURLWithPath: marked))
    let again = try runProcess(Self.rapport, arguments)
    #expect(again.status == 1)
    #expect(again.stderr.contains("and 32 more already exist(s); nothing was written"))
    #expect(try String(contentsOfFile: marked, encoding: .utf8) == "kept")
    #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == names)
  }

  @Test func oneSessionByParticipantWithTheProtocolFromItsSnapshot() throws {
    let folder = TemporaryFolder()
    let responses = try Self.responses(in: folder)
    let out = folder.path + "/out"
    let result = try runProcess(
      Self.rapport,
      [
        "export", "P002", "--responses", responses, "--format", "markdown", "-f", "vtt", "--out",
        out,
      ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stderr
        == "warning: session 'P002_belonging-interview_20221003T140509Z': the protocol "
        + "snapshot is incomplete; some steps are named by id only\n"
        // The fixture's snapshot is a shortened copy of the shipped file at the same path.
        + "warning: session 'P002_belonging-interview_20221003T140509Z': the protocol "
        + "file 'Protocols/belonging-interview.yaml' has changed since the session began; the "
        + "session uses its own snapshot (the protocol as it was then).\n")
    let markdown = try String(
      contentsOfFile: out + "/P002_belonging-interview_20221003T140509Z.md", encoding: .utf8)
    #expect(markdown.hasPrefix("# P002 — belonging-interview\n"))
    #expect(markdown.contains("\n### [00:00:00] q1\n"))
  }

  @Test func theProtocolSnapshotGivesTheQuestionsAsAsked() throws {
    let folder = TemporaryFolder()
    let responses = try Self.responses(in: folder)
    let out = folder.path + "/out"
    let result = try runProcess(
      Self.rapport, ["export", "P001", "--responses", responses, "-f", "text", "--out", out])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr == "")
    let text = try String(
      contentsOfFile: out + "/P001_belonging-interview_20221003T140509Z.txt", encoding: .utf8)
    #expect(
      text.hasPrefix("P001 — Belonging and support at medical school — semi-structured interview\n")
    )
    #expect(
      text.contains(
        "[00:07:39] q8\n\n    How are your working relationships on clinical placements?\n"))
    #expect(
      text.contains(
        "Rephrased (1): How do you feel like your professional relationships with the staff on placements are?"
      ))
    #expect(text.contains("Year group in the academic year 2021–2022  3"))
  }

  @Test func redactionReachesEveryFormat() throws {
    let folder = TemporaryFolder()
    let responses = try Self.responses(in: folder)
    let out = folder.path + "/out"
    let list = folder.path + "/redact.txt"
    try Data("tutor\nSocieties\nimperial college london\n".utf8).write(
      to: URL(fileURLWithPath: list))
    let result = try runProcess(
      Self.rapport,
      ["export", "--all", "--responses", responses, "-f", "all", "--out", out, "--redact", list])
    #expect(result.status == 0, "\(result.stderr)")
    // Zip members are stored uncompressed, so their text can be searched in the bytes.
    for name in try FileManager.default.contentsOfDirectory(atPath: out) {
      let bytes = try Data(contentsOf: URL(fileURLWithPath: out + "/" + name))
      let text = String(decoding: bytes, as: UTF8.self).lowercased()
      #expect(!text.contains("tutor"), "\(name)")
      #expect(!text.contains("societies"), "\(name)")
      #expect(!text.contains("imperial college london"), "\(name)")
    }
  }

  @Test func manySessionsShowAProgressBarOnATerminal() throws {
    let folder = TemporaryFolder()
    let root = folder.path + "/Responses"
    for number in 1...12 {
      let participant = "P0\(number < 10 ? "0" : "")\(number)"
      let session = root + "/\(participant)_belonging-interview_20221003T140509Z"
      try FileManager.default.createDirectory(
        atPath: session, withIntermediateDirectories: true, attributes: Self.privateFolder)
      let journal = JournalFixtures.interview(participant: participant).map(JournalCodec.encodeLine)
      try journal.reduce(Data(), +).write(to: URL(fileURLWithPath: session + "/journal.jsonl"))
    }
    let terminal = try PseudoTerminal(
      executable: Self.rapport,
      arguments: [
        "export", "--all", "--responses", root, "-f", "json", "--out", folder.path + "/out",
      ])
    try terminal.waitFor("] 100% sessions")
    try terminal.waitFor("Wrote 12 file(s)")
    #expect(terminal.waitForExit() == 0)
  }

  @Test func aJournalThatNeverStartedIsReportedAndPassedOverByAll() throws {
    let folder = TemporaryFolder()
    let responses = try Self.responses(in: folder)
    let empty = responses + "/P003_belonging-interview_20221003T150000Z"
    try FileManager.default.createDirectory(
      atPath: empty, withIntermediateDirectories: true, attributes: Self.privateFolder)
    FileManager.default.createFile(atPath: empty + "/journal.jsonl", contents: Data())
    let out = folder.path + "/out"
    let all = try runProcess(
      Self.rapport, ["export", "--all", "--responses", responses, "-f", "json", "--out", out])
    #expect(all.status == 0)
    #expect(all.stdout == "Wrote 2 file(s) to '\(out)' from 2 session(s).\n")
    #expect(
      all.stderr.contains(
        "warning: session 'P003_belonging-interview_20221003T150000Z': the journal is "
          + "empty: the session never started (a start that failed left the folder behind) and "
          + "holds nothing.\n"))
    let named = try runProcess(
      Self.rapport, ["export", "P003", "--responses", responses, "-f", "json", "--out", out])
    #expect(named.status == 1)
    #expect(named.stderr.contains("error: 1 session(s) could not be exported"))
  }

  @Test func refusesBadArgumentsWithOneClearMessage() throws {
    let noFormat = try runProcess(Self.rapport, ["export", "--all"])
    #expect(noFormat.status == 2)
    #expect(noFormat.stderr.contains("choose a format with --format"))
    let unknown = try runProcess(Self.rapport, ["export", "--all", "-f", "pdf"])
    #expect(unknown.stderr.contains("unknown format 'pdf'"))
    let folder = TemporaryFolder()
    let missing = try runProcess(
      Self.rapport, ["export", "P009", "--responses", folder.path, "-f", "json"])
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("no session 'P009'"))
  }

  @Test func theFormatsAreListedInHelpAndCompletion() throws {
    let help = try runProcess(Self.rapport, ["export", "--help"])
    #expect(help.stdout.contains("(values:"))
    let completion = try runProcess(Self.rapport, ["--generate-completion-script", "bash"])
    #expect(completion.stdout.contains("descriptors"))
  }
}

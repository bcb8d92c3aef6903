import Foundation
import RapportCore
import RapportTestSupport
import Testing

/// The study commands against a damaged or hostile world, with the real binary: a ledger
/// line cut short, a linked or repeated responses folder, escape sequences in the study's
/// texts, a full disk under the ledger, a ledger others may read, a study file in JSON.
@Suite("study commands, hostile input")
struct StudyHostileTests {
  static let study = StudyWorkflowTests.study
  static let interview = StudyWorkflowTests.interview

  static func rapport(_ arguments: [String], input: String = "") throws -> ProcessResult {
    try StudyWorkflowTests.rapport(arguments, input: input)
  }

  static func ledger(_ folder: String) -> String { "\(folder)/belonging-study.study.jsonl" }

  /// The shipped study with its protocols named by absolute path, one text replaced.
  static func studyFile(in folder: String, replacing old: String, with new: String) throws
    -> String
  {
    let protocols = URL(fileURLWithPath: study).deletingLastPathComponent().path
    var text = try String(contentsOfFile: study, encoding: .utf8)
    #expect(text.contains(old))
    text = text.replacingOccurrences(of: old, with: new)
    for name in ["eligibility-screening.yaml", "belonging-interview.yaml"] {
      text = text.replacingOccurrences(
        of: "protocol: \(name)", with: "protocol: \(protocols)/\(name)")
    }
    let path = "\(folder)/study.yaml"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test func aLedgerLineCutShortStopsScreeningSoNoIDIsGivenTwice() throws {
    let temp = TemporaryFolder()
    let study = ["--study", Self.study, "--responses", temp.path]
    let first = try Self.rapport(["screen"] + study, input: StudyWorkflowTests.screening(school: 1))
    #expect(first.stdout.contains("participant id P001"), "\(first.stderr)")
    // A crash cuts the last line, the one that gave P001.
    let data = try Data(contentsOf: URL(fileURLWithPath: Self.ledger(temp.path)))
    try data.prefix(data.count - 60).write(to: URL(fileURLWithPath: Self.ledger(temp.path)))
    let second = try Self.rapport(
      ["screen"] + study, input: StudyWorkflowTests.screening(school: 2))
    #expect(second.status == 1)
    #expect(!second.stdout.contains("participant id"))
    #expect(
      second.stderr == """
        \(Self.ledger(temp.path)):2:1: error: this line of the study ledger cannot be read [ledger-damaged]
        error: the study ledger has 1 damaged line(s), which may hide a participant id already \
        given, so no new id can be given: repair or remove them first (see docs/study.md, 'The ledger')

        """)
    #expect(JournalInspection.sessionFolders(in: temp.path) == [], "no screening was started")
  }

  @Test func assigningWithADamagedLedgerWarnsThatAnAssignmentMayBeHidden() throws {
    let temp = TemporaryFolder()
    let study = ["--study", Self.study, "--responses", temp.path]
    _ = try Self.rapport(["screen"] + study, input: StudyWorkflowTests.screening(school: 1))
    let handle = try #require(FileHandle(forWritingAtPath: Self.ledger(temp.path)))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data("{\"type\":\"assig\n".utf8))
    try handle.close()
    let assigned = try Self.rapport(["assign", "P001", "--lead", "UA", "--support", "DA"] + study)
    #expect(assigned.status == 0)
    #expect(
      assigned.stderr == """
        warning: \(Self.ledger(temp.path)):3: the study ledger has 1 damaged line(s), which may \
        hide an earlier assignment (see 'rapport study status')

        """)
  }

  @Test func aLedgerThatIsALinkOrAFolderIsRefusedByEveryCommand() throws {
    let temp = TemporaryFolder()
    let responses = temp.path + "/R"
    try FileManager.default.createDirectory(
      atPath: responses, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    let study = ["--study", Self.study, "--responses", responses]
    try FileManager.default.createSymbolicLink(
      atPath: Self.ledger(responses), withDestinationPath: temp.path + "/elsewhere.jsonl")
    let commands = [
      ["screen"], ["assign", "P001", "--lead", "UA", "--support", "DA"], ["study", "status"],
      ["study", "table"],
    ]
    for command in commands {
      let result = try Self.rapport(command + study, input: StudyWorkflowTests.screening(school: 1))
      #expect(result.status == 1, "\(command)")
      #expect(
        result.stderr == """
          error: '\(Self.ledger(responses))' is a symbolic link: refusing to follow it out of \
          the responses folder

          """, "\(command)")
    }
    #expect(!FileManager.default.fileExists(atPath: temp.path + "/elsewhere.jsonl"))
    try FileManager.default.removeItem(atPath: Self.ledger(responses))
    try FileManager.default.createDirectory(
      atPath: Self.ledger(responses), withIntermediateDirectories: false)
    for command in commands {
      let result = try Self.rapport(command + study, input: StudyWorkflowTests.screening(school: 1))
      #expect(result.status == 1, "\(command)")
      #expect(result.stderr.hasSuffix("is not a regular file: refusing to use it\n"), "\(command)")
    }
    #expect(JournalInspection.sessionFolders(in: responses) == [])
  }

  @Test func everyResponsesFolderIsCheckedNotOnlyTheFirst() throws {
    let temp = TemporaryFolder()
    let site = "\(temp.path)/site-a"
    try FileManager.default.createDirectory(
      atPath: site, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    try FileManager.default.createSymbolicLink(
      atPath: "\(temp.path)/link", withDestinationPath: site)
    let study = ["--study", Self.study, "--responses", site]
    let linked = try Self.rapport(
      ["study", "status"] + study + ["--responses", "\(temp.path)/link"])
    #expect(linked.status == 1)
    #expect(linked.stderr.contains("is a symbolic link: refusing to follow it"), "\(linked.stderr)")
    let ledgerLinked = try Self.rapport(
      ["run", Self.interview, "--participant", "P001", "--ledger", "\(temp.path)/link"] + study)
    #expect(ledgerLinked.status == 1)
    #expect(ledgerLinked.stderr.contains("'\(temp.path)/link' is a symbolic link"))
    let twice = try Self.rapport(["study", "table"] + study + ["--responses", "\(site)/."])
    #expect(twice.status == 2)
    #expect(
      twice.stderr == """
        error: '\(site)/.' and '\(site)' are the same responses folder: give each site's folder once

        """)
    let missing = try Self.rapport(
      ["study", "status"] + study + ["--responses", "\(temp.path)/nope"])
    #expect(missing.status == 0)
    #expect(missing.stderr == "warning: the responses folder '\(temp.path)/nope' does not exist\n")
  }

  @Test func theIneligibleTextAndTypedIDsReachTheScreenInert() throws {
    let temp = TemporaryFolder()
    let path = try Self.studyFile(
      in: temp.path,
      replacing:
        "ineligible-text: >-\n    Thank you for taking the time to answer. Nothing you told us has been kept.",
      with: #"ineligible-text: "\e[2JThank you\e]0;pwned\a""#)
    let study = ["--study", path, "--responses", temp.path + "/R"]
    let screened = try Self.rapport(
      ["screen"] + study, input: StudyWorkflowTests.screening(school: 5))
    #expect(screened.status == 0, "\(screened.stderr)")
    #expect(!screened.stdout.contains("\u{1B}"))
    #expect(
      screened.stdout.hasSuffix("␛[2JThank you␛]0;pwned␇\n"), "\(screened.stdout.suffix(200))")
  }

  @Test func aLedgerOthersMayReadIsMadePrivateAgain() throws {
    let temp = TemporaryFolder()
    let study = ["--study", Self.study, "--responses", temp.path]
    _ = try Self.rapport(["screen"] + study, input: StudyWorkflowTests.screening(school: 1))
    chmod(Self.ledger(temp.path), 0o644)
    let status = try Self.rapport(["study", "status"] + study)
    #expect(status.status == 0, "\(status.stderr)")
    let mode = try FileManager.default.attributesOfItem(atPath: Self.ledger(temp.path))[
      .posixPermissions]
    #expect(mode as? Int == 0o600)
  }

  @Test func aStudyFileInJSONIsUsedByTheStudyCommands() throws {
    let temp = TemporaryFolder()
    let path = "\(temp.path)/study.json"
    let protocols = URL(fileURLWithPath: Self.study).deletingLastPathComponent().path
    let json = """
      {"rapport-study": 1, "id": "json-study", "title": "T",
       "screening": {"protocol": "\(protocols)/eligibility-screening.yaml", "site-item": "school",
                     "keep": ["school", "year"]},
       "interview": {"protocol": "\(protocols)/belonging-interview.yaml", "site-attribute": "school"},
       "sites": [{"id": "ucl", "name": "University College London", "welfare": "[ucl]"}]}
      """
    try json.write(toFile: path, atomically: true, encoding: .utf8)
    let lint = try Self.rapport(["lint", path])
    #expect(lint.stderr.hasPrefix("0 errors, "), "\(lint.stdout)")
    let status = try Self.rapport(["study", "status", "--study", path, "--responses", temp.path])
    #expect(status.status == 0, "\(status.stderr)")
    #expect(status.stdout.hasPrefix("No quotas in the study file.\n"))
  }

  /// A ledger of `count` earlier screenings started, one line each.
  static func startedLines(_ count: Int) -> Data {
    (1...count).reduce(into: Data()) { data, number in
      let id = ScreeningDecision.respondentIDs.id(number)
      data.append(StudyLedgerEntry(type: .screeningStarted, respondent: id).line)
    }
  }

  @Test func aFullDiskUnderTheLedgerGivesNoIDAndOneClearMessage() throws {
    let temp = TemporaryFolder()
    let responses = temp.path + "/R"
    // The screening journal must fit under the size limit; the ledger is padded so the
    // screening's start fits and its decision does not (`ulimit -f` counts 512-byte blocks).
    let dry = try Self.rapport(
      [
        "run", RapportBinary.shippedProtocol("eligibility-screening.yaml"), "--participant", "R001",
        "--responses", temp.path + "/dry",
      ], input: StudyWorkflowTests.screening(school: 1))
    #expect(dry.status == 0, "\(dry.stderr)")
    let journal = try #require(JournalInspection.sessionFolders(in: temp.path + "/dry").first)
    let size = try #require(
      try FileManager.default.attributesOfItem(atPath: journal + "/journal.jsonl")[.size] as? Int)
    let blocks = size / 512 + 2
    var padding = Self.startedLines(1)
    var count = 1
    while padding.count + 200 < blocks * 512 - 100 {
      count += 1
      padding = Self.startedLines(count)
    }
    padding.append(Data(String(repeating: " ", count: blocks * 512 - 100 - padding.count - 1).utf8))
    padding.append(0x0A)
    try FileManager.default.createDirectory(
      atPath: responses, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    #expect(
      FileManager.default.createFile(
        atPath: Self.ledger(responses), contents: padding, attributes: [.posixPermissions: 0o600]))

    let result = try runProcess(
      "/bin/sh",
      [
        "-c", "ulimit -S -f \(blocks); exec \"$0\" \"$@\"", RapportBinary.path, "screen",
        "--study", Self.study, "--responses", responses,
      ],
      input: StudyWorkflowTests.screening(school: 1), environment: ["NO_COLOR": "1"])
    let respondent = ScreeningDecision.respondentIDs.id(count + 1)
    #expect(result.status == 1)
    #expect(!result.stdout.contains("participant id"), "never an id that is not on disk")
    let kept = try #require(JournalInspection.sessionFolders(in: responses).first)
    #expect(
      result.stderr == """
        error: the screening of \(respondent) could not be recorded in the study ledger (cannot \
        write '\(Self.ledger(responses))': the disk is full (only part of the line could be \
        written)); no participant id was given. The screening session '\(kept)' is kept: once \
        this is fixed, screen the respondent again and remove it with 'rapport delete \
        \(respondent) --responses \(responses)'

        """)
    // The ledger holds whole lines only: the decision left nothing behind.
    let ledger = StudyLedger(
      data: try Data(contentsOf: URL(fileURLWithPath: Self.ledger(responses))), path: "L")
    #expect(ledger.diagnostics == [])
    #expect(ledger.respondents.last == respondent)
    #expect(ledger.participants.isEmpty)
  }

  @Test func theTableFileIsReadableByTheCoordinatorAlone() throws {
    let temp = TemporaryFolder()
    let study = ["--study", Self.study, "--responses", temp.path + "/R"]
    for (format, name) in [("markdown", "t.md"), ("csv", "t.csv"), ("docx", "t.docx")] {
      let path = "\(temp.path)/\(name)"
      for force in [[], ["--force"]] {
        let result = try Self.rapport(
          ["study", "table", "--format", format, "--output", path] + force + study)
        #expect(result.status == 0, "\(result.stderr)")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]
        #expect(mode as? Int == 0o600, "\(name) \(force)")
      }
    }
  }

  @Test func aScreeningCutOffAtTheTerminalIsListedUntilDealtWith() throws {
    let temp = TemporaryFolder()
    let study = ["--study", Self.study, "--responses", temp.path]
    let terminal = try PseudoTerminal(
      executable: RapportBinary.path, arguments: ["screen"] + study,
      environment: ["NO_COLOR": "1", "HOME": temp.path])
    try terminal.waitFor("Enter next")
    terminal.type("\r")
    try terminal.waitFor("None of these")
    // Ctrl-C clears the line being typed; the screening goes on and nothing is decided.
    terminal.type("4" + "\u{03}")
    terminal.type("1\r")
    try terminal.waitFor("recorded")
    // The process dies mid-screening (a crash, a laptop closed).
    terminal.send(signal: SIGKILL)
    #expect(terminal.waitForExit() != nil)
    let status = try Self.rapport(["study", "status"] + study)
    #expect(status.status == 0, "\(status.stderr)")
    #expect(
      status.stdout.contains(
        "Screened: 0 eligible, 0 not eligible, 0 unfinished; 1 started, not decided —\n    R001\n"),
      "\(status.stdout)")
    #expect(!status.stdout.contains("participant id"))
    let next = try Self.rapport(["screen"] + study, input: StudyWorkflowTests.screening(school: 1))
    #expect(next.stdout.contains("Eligible: participant id P001 (respondent R002)."))
  }

  @Test func aParticipantsOwnWordsInTheCSVReachATerminalInertAndAFileSpreadsheetSafe() throws {
    let temp = TemporaryFolder()
    // Gender self-described with an escape sequence that would clear the screen.
    var lines = ["=HYPERLINK(\"x\")\u{1B}[2J", "1", "1", "1 2", "", "1", "", ""]
    for question in 1...12 { lines += ["note on q\(question)", ""] }
    lines += ["", "1 2", "", "y"]
    let run = try Self.rapport(
      [
        "run", Self.interview, "--participant", "P001", "--lead", "UA", "--support", "DA",
        "--responses", temp.path,
      ], input: lines.joined(separator: "\n") + "\n")
    #expect(run.status == 0, "\(run.stderr)")
    let arguments = [
      "study", "table", "--format", "csv", "--study", Self.study, "--responses", temp.path,
    ]
    let terminal = try PseudoTerminal(
      executable: RapportBinary.path, arguments: arguments, environment: ["NO_COLOR": "1"])
    #expect(terminal.waitForExit() == 0)
    let shown = String(decoding: terminal.output, as: UTF8.self)
    #expect(
      shown.contains(#"P001,"'=HYPERLINK(""x"")␛[2J",Imperial College London,1"#), "\(shown)")
    #expect(!shown.contains("\u{1B}"))
    // A file or a pipe gets the spreadsheet-safe bytes, or exactly what was typed on request.
    let piped = try Self.rapport(arguments)
    #expect(
      piped.stdout.contains(
        "P001,\"'=HYPERLINK(\"\"x\"\")\u{1B}[2J\",Imperial College London,1\r\n"))
    let verbatim = try Self.rapport(arguments + ["--csv-cells", "verbatim"])
    #expect(
      verbatim.stdout.contains(
        "P001,\"=HYPERLINK(\"\"x\"\")\u{1B}[2J\",Imperial College London,1\r\n"))
  }
}

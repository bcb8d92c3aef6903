import Foundation
import RapportCore
import RapportTestSupport
import Testing

/// `rapport run` with commands and notes piped in, one per line, as a scripted session.
@Suite("rapport run, scripted")
struct RunScriptedTests {
  static let questions = (1...12).map { "q\($0)" }

  /// A whole interview of the shipped protocol: Table 1 attributes, consent, the
  /// recording mark, a note and a prompt on every question, the debrief.
  static var wholeInterview: [String] {
    var lines = ["2", "1", "3", "1 2", "", "1", "", ""]
    for question in questions {
      lines.append("note on \(question) — “quoted”\u{00A0}words")
      if question != "q12" { lines.append("/p 1") }
      lines.append("")
    }
    lines += ["", "1 2", "", "y"]
    return lines
  }

  @Test func aWholeInterviewIsJournaledStepByStep() throws {
    let temp = TemporaryFolder()
    let result = try runProcess(
      RapportBinary.path,
      [
        "run", ShippedProtocols.url("belonging-interview.yaml").path, "--participant", "P001",
        "--lead", "HI", "--support", "SA", "--responses", temp.path,
      ],
      input: Self.wholeInterview.joined(separator: "\n") + "\n", environment: ["NO_COLOR": "1"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Session ended."))
    #expect(!result.stdout.contains("\u{1B}["), "no colour codes without a terminal")
    // Without --study the debrief names the gap in words, never a raw placeholder.
    let words = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(words.contains("institution: [the welfare support of the participant’s institution:"))
    #expect(!result.stdout.contains("{site."))

    let folders = JournalInspection.sessionFolders(in: temp.path)
    #expect(folders.count == 1)
    let folder = try #require(folders.first)
    let read = try JournalInspection.read(folder)
    #expect(read.isClean)
    let entries = read.entries
    #expect(read.sessionStart?.participant == "P001")
    #expect(read.sessionStart?.lead == "HI")
    #expect(read.sessionStart?.snapshotIsIntact == true)

    let entered = JournalInspection.stepsEntered(entries)
    #expect(
      entered
        == ["gender", "school", "year", "consent", "setup", "start-recording"] + Self.questions
        + ["stop-recording", "debrief"])
    let notes = JournalInspection.notes(entries)
    #expect(notes.map(\.2) == Self.questions.map { "note on \($0) — “quoted”\u{00A0}words" })
    #expect(notes.map(\.0) == Self.questions.map { Optional($0) })
    #expect(notes.allSatisfy { $0.1 == .lead })
    let prompts = entries.filter {
      if case .promptUsed(_, 1) = $0.event { return true }
      return false
    }
    #expect(prompts.count == 11)
    #expect(entries.contains { $0.event == .recordingStarted })
    #expect(entries.last?.event == .ended(reason: .completed))
    #expect(entries.map(\.seq) == Array(1...entries.count))
    #expect(zip(entries, entries.dropFirst()).allSatisfy { $0.clock <= $1.clock })
  }

  @Test func theEndOfPipedInputLeavesASessionToResume() throws {
    let temp = TemporaryFolder()
    let protocolPath = ShippedProtocols.url("belonging-interview.yaml").path
    let first = try runProcess(
      RapportBinary.path,
      ["run", protocolPath, "--participant", "P002", "--responses", temp.path],
      input: "2\n1\n3\n1 2\n\n")
    #expect(first.status == 0)
    // The hint works when pasted: it names the responses folder, not the default.
    let name =
      try #require(JournalInspection.sessionFolders(in: temp.path).first)
      .split(separator: "/").last.map(String.init) ?? ""
    #expect(
      first.stdout.contains("Continue with: rapport resume \(name) --responses \(temp.path)"))

    let listed = try runProcess(RapportBinary.path, ["sessions", "--responses", temp.path])
    #expect(listed.stdout.contains("paused"))

    let resumed = try runProcess(
      RapportBinary.path, ["resume", "P002", "--responses", temp.path],
      input: "a note after resuming\n")
    #expect(resumed.status == 0, "\(resumed.stderr)")
    let folder = try #require(JournalInspection.sessionFolders(in: temp.path).first)
    let entries = try JournalInspection.read(folder).entries
    #expect(entries.contains { $0.event == .sessionResumed })
    // Resumed on the same step: setup follows consent, and the note belongs to it.
    let note = JournalInspection.notes(entries).last
    #expect(note?.0 == "setup")
    #expect(note?.2 == "a note after resuming")
  }

  @Test(arguments: ["../P001", "P1", "P001/x", ""])
  func refusesParticipantIDsThatDoNotFitOrCouldEscape(id: String) throws {
    let temp = TemporaryFolder()
    let result = try runProcess(
      RapportBinary.path,
      [
        "run", ShippedProtocols.url("belonging-interview.yaml").path, "--participant", id,
        "--responses", temp.path,
      ])
    #expect(result.status == 2)
    #expect(result.stderr.contains("participant id"))
    #expect(JournalInspection.sessionFolders(in: temp.path).isEmpty)
  }

  @Test func asksBeforeStartingASecondSessionForTheSameParticipant() throws {
    let temp = TemporaryFolder()
    let arguments = [
      "run", ShippedProtocols.url("eligibility-screening.yaml").path, "--participant", "R001",
      "--responses", temp.path,
    ]
    _ = try runProcess(RapportBinary.path, arguments, input: "")
    let stopped = try runProcess(RapportBinary.path, arguments, input: "s\n")
    #expect(stopped.stdout.contains("R001 already has a session of 'eligibility-screening'"))
    #expect(JournalInspection.sessionFolders(in: temp.path).count == 1)
    _ = try runProcess(RapportBinary.path, arguments, input: "n\n")
    #expect(JournalInspection.sessionFolders(in: temp.path).count == 2)
  }

  @Test func aScreeningSurveyEndsWhenTheSchoolIsNotInTheStudy() throws {
    let temp = TemporaryFolder()
    let result = try runProcess(
      RapportBinary.path,
      [
        "run", ShippedProtocols.url("eligibility-screening.yaml").path, "--participant", "R002",
        "--responses", temp.path,
      ], input: "\n5\n\n")
    #expect(result.status == 0, "\(result.stderr)")
    let folder = try #require(JournalInspection.sessionFolders(in: temp.path).first)
    let entries = try JournalInspection.read(folder).entries
    #expect(entries.last?.event == .ended(reason: .screenedOut(step: "not-eligible-school")))
  }

  @Test func aProtocolWithErrorsIsRefusedWithItsDiagnostics() throws {
    let temp = TemporaryFolder()
    let broken = temp.path + "/broken.yaml"
    try "rapport: 1\nid: x\ntitle: T\nsteps:\n  - id: q1\n    ask: \"\"\n".write(
      toFile: broken, atomically: true, encoding: .utf8)
    let result = try runProcess(
      RapportBinary.path, ["run", broken, "--participant", "P001", "--responses", temp.path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("\(broken):6:"))
    #expect(JournalInspection.sessionFolders(in: temp.path).isEmpty)
  }
}

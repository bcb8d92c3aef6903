import Foundation
import RapportCore
import RapportTestSupport
import Testing

/// The whole study with the real binary, piped: screening synthetic respondents (some not
/// eligible by school, by intercalated BSc, by year), ids, interviewer assignment (a
/// conflicting one refused), interviews at two sites' folders, status, and Table 1 from
/// the combined folders.
@Suite("a whole study, scripted")
struct StudyWorkflowTests {
  static let study = RapportBinary.shippedProtocol("belonging-study.yaml")
  static let interview = RapportBinary.shippedProtocol("belonging-interview.yaml")

  /// Screening answers, one a line: the opening marker, school (1–5), impacted, the
  /// categories, year, intercalated, available, consent, and Enter on the end step.
  static func screening(school: Int, year: Int = 2, intercalated: Bool = false) -> String {
    if school == 5 { return "\n5\n\n" }
    let lines = ["", "\(school)", "y", "2", "\(year)", intercalated ? "y" : "n"]
    if intercalated { return (lines + [""]).joined(separator: "\n") + "\n" }
    return (lines + ["y", "y", ""]).joined(separator: "\n") + "\n"
  }

  /// A whole interview: gender, school and year (option numbers), consent, set-up, every
  /// question, the debrief with items 1 and 2 (the voucher) ticked.
  static func interviewLines(gender: Int, school: Int, year: Int) -> String {
    var lines = ["\(gender)", "\(school)", "\(year)", "1 2", "", "1", "", ""]
    for question in 1...12 { lines += ["note on q\(question)", ""] }
    lines += ["", "1 2", "", "y"]
    return lines.joined(separator: "\n") + "\n"
  }

  static func rapport(_ arguments: [String], input: String = "") throws -> ProcessResult {
    try runProcess(RapportBinary.path, arguments, input: input, environment: ["NO_COLOR": "1"])
  }

  /// Screens one respondent of Dundee (school 3), year 1, who becomes P001, and assigns
  /// them IA and UA; the options that name the study and `temp` as the responses folder.
  static func dundeeParticipantAssigned(in temp: TemporaryFolder) throws -> [String] {
    let study = ["--study", Self.study, "--responses", temp.path]
    _ = try Self.rapport(["screen"] + study, input: Self.screening(school: 3, year: 1))
    let assigned = try Self.rapport(["assign", "P001", "--lead", "IA", "--support", "UA"] + study)
    #expect(assigned.status == 0, "\(assigned.stderr)")
    return study
  }

  @Test func screeningAssigningInterviewingAndTableOneAcrossTwoSites() throws {
    let temp = TemporaryFolder()
    let siteA = "\(temp.path)/london"
    let siteB = "\(temp.path)/dundee"
    let study = ["--study", Self.study]

    // Screening: eligible, not eligible by school, by intercalated BSc, by year, eligible.
    let respondents: [(String, String)] = [
      (Self.screening(school: 1, year: 1), "Eligible: participant id P001 (respondent R001)."),
      (Self.screening(school: 5), "Not eligible (not-eligible-school); no participant id given."),
      (
        Self.screening(school: 2, intercalated: true),
        "Not eligible (not-eligible-intercalated); no participant id given."
      ),
      (
        Self.screening(school: 3, year: 6),
        "Not eligible (the study plans no participant of this site and year group); "
          + "no participant id given."
      ),
      (Self.screening(school: 3, year: 2), "Eligible: participant id P002 (respondent R005)."),
      (Self.screening(school: 2, year: 3), "Eligible: participant id P003 (respondent R006)."),
    ]
    for (input, expected) in respondents {
      let result = try Self.rapport(["screen", "--responses", siteA] + study, input: input)
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stdout.contains(expected), "\(result.stdout.suffix(400))")
    }
    let ineligible = try Self.rapport(
      ["screen", "--responses", siteA] + study, input: Self.screening(school: 5))
    #expect(
      ineligible.stdout.contains(
        "Thank you for taking the time to answer. Nothing you told us has been kept."))

    // Nothing of the screening sessions is left; the ledger keeps school and year only.
    #expect(JournalInspection.sessionFolders(in: siteA) == [])
    let ledgerPath = "\(siteA)/belonging-study.study.jsonl"
    let ledger = try String(contentsOfFile: ledgerPath, encoding: .utf8)
    // Only the end step that screened someone out is written of an ineligible respondent.
    #expect(!ledger.contains("categories") && !ledger.contains("\"intercalated\""))
    #expect(
      ledger.contains(#""outcome":"ineligible","respondent":"R002","step":"not-eligible-school""#))
    #expect(ledger.contains(#""attributes":{"school":"imperial","year":"1"}"#))
    let mode = try FileManager.default.attributesOfItem(atPath: ledgerPath)[.posixPermissions]
    #expect(mode as? Int == 0o600)

    // Assignment: an interviewer of the participant's own school is refused.
    let refused = try Self.rapport(
      ["assign", "P001", "--lead", "IA", "--support", "DA", "--responses", siteA] + study)
    #expect(refused.status == 1)
    #expect(
      refused.stderr == """
        error: 'IA' is from the participant's own institution; investigators only interview \
        participants external to their own institution; nothing was assigned

        """)
    let bothRoles = try Self.rapport(
      ["assign", "P002", "--lead", "UA", "--support", "UA", "--responses", siteA] + study)
    #expect(bothRoles.status == 1)
    for (participant, lead, support) in [("P001", "UA", "DA"), ("P002", "IA", "UA")] {
      let result = try Self.rapport(
        ["assign", participant, "--lead", lead, "--support", support, "--responses", siteA]
          + study)
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stdout == "Assigned \(participant): lead \(lead), support \(support).\n")
    }

    // Interviews at two sites; the interviewers come from the assignment. P002 is given
    // another school at the interview than at the screening, a slip the table reports.
    let first = try Self.rapport(
      ["run", Self.interview, "--participant", "P001", "--responses", siteA] + study,
      input: Self.interviewLines(gender: 1, school: 1, year: 1))
    #expect(first.status == 0, "\(first.stderr)")
    // The debrief shows the welfare text of the participant's own school, and no other.
    let shown = first.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(shown.contains("institution: [Imperial College London welfare support"))
    #expect(!shown.contains("Dundee welfare"))
    let second = try Self.rapport(
      ["run", Self.interview, "--participant", "P002", "--responses", siteB, "--ledger", siteA]
        + study, input: Self.interviewLines(gender: 2, school: 3, year: 2))
    #expect(second.status == 0, "\(second.stderr)")
    let secondFolder = try #require(JournalInspection.sessionFolders(in: siteB).first)
    #expect(try JournalInspection.read(secondFolder).sessionStart?.lead == "IA")
    #expect(try JournalInspection.read(secondFolder).sessionStart?.support == "UA")
    let unassigned = try Self.rapport(
      ["run", Self.interview, "--participant", "P003", "--responses", siteA] + study)
    #expect(unassigned.status == 1)
    #expect(unassigned.stderr.contains("'P003' has no interviewers assigned"))

    // Status over both folders: a table cut to the terminal's width.
    let narrow = try runProcess(
      RapportBinary.path,
      ["study", "status", "--responses", siteA, "--responses", siteB] + study,
      environment: ["NO_COLOR": "1", "COLUMNS": "50"])
    #expect(narrow.status == 0, "\(narrow.stderr)")
    #expect(narrow.stdout.split(separator: "\n").allSatisfy { $0.count <= 50 }, "\(narrow.stdout)")
    #expect(
      narrow.stdout.hasPrefix(
        "SITE        BY    FILLED  OPEN  OVER\nimperial    year  1       4     0\n  1:1/1 2:0/1"))
    #expect(
      narrow.stdout.contains(
        "Interviews: 2 done, 0 in progress, 0 interrupted,\n    0 ended early\n"))
    let status = try Self.rapport(
      ["study", "status", "--responses", siteA, "--responses", siteB, "--format", "json"] + study)
    #expect(status.status == 0, "\(status.stderr)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any])
    #expect(object["waiting"] as? [String] == ["P003"])
    #expect((object["interviews"] as? [String: [String]])?["done"] == ["P001", "P002"])
    #expect(object["compensation-owed"] as? [String] == [])
    #expect((object["screened"] as? [String: Int])?["ineligible"] == 4)

    // Table 1 from the combined folders, a copied session reported once.
    try FileManager.default.copyItem(
      atPath: secondFolder,
      toPath: "\(siteA)/" + (secondFolder.split(separator: "/").last.map(String.init) ?? ""))
    let table = try Self.rapport(
      ["study", "table", "--responses", siteA, "--responses", siteB] + study)
    #expect(table.status == 0, "\(table.stderr)")
    #expect(
      table.stdout.contains(
        """
        | Participant | Gender | Medical school | Year group in the academic year 2021–2022 |
        |---|---|---|---|
        | P001 | Male | Imperial College London | 1 |
        | P002 | Female | University of Nottingham and Lincoln Medical Schools | 2 |
        """), "\(table.stdout)")
    #expect(table.stderr.contains("is in 2 folders"))
    // P002 said Dundee at the screening, Nottingham at the interview: reported, not fixed.
    #expect(
      table.stderr.contains(
        "warning: data defect: participant 'P002': the interview gives a different 'school' "
          + "than the screening"))
    #expect(
      table.stderr.contains("warning: data defect: quota cell year 2 at imperial has 0 of 1 (open)")
    )

    let docx = "\(temp.path)/table1.docx"
    let word = try Self.rapport(
      ["study", "table", "--format", "docx", "--output", docx, "--responses", siteA] + study)
    #expect(word.status == 0, "\(word.stderr)")
    // python-docx reads the table Word shows.
    let read = try #require(
      try ExportValidators.json("docx_check.py", [docx]) as? [String: Any])
    let tables = try #require(read["tables"] as? [[[String]]])
    #expect(
      tables.first == [
        ["Participant", "Gender", "Medical school", "Year group in the academic year 2021–2022"],
        ["P001", "Male", "Imperial College London", "1"],
        ["P002", "Female", "University of Nottingham and Lincoln Medical Schools", "2"],
      ])
    let again = try Self.rapport(
      ["study", "table", "--format", "docx", "--output", docx, "--responses", siteA] + study)
    #expect(again.status == 1, "never overwritten without --force")
  }

  @Test func twoCoordinatorsScreeningAtOnceNeverGetTheSameID() throws {
    let temp = TemporaryFolder()
    let count = 4
    nonisolated(unsafe) var outputs = [String](repeating: "", count: count)
    let lock = NSLock()
    let folder = temp.path
    DispatchQueue.concurrentPerform(iterations: count) { index in
      let result = try? Self.rapport(
        ["screen", "--responses", folder, "--study", Self.study],
        input: Self.screening(school: 1 + index % 4, year: 1 + index / 4))
      lock.withLock { outputs[index] = result?.stdout ?? "" }
    }
    let ids = outputs.compactMap { output in
      output.split(separator: "\n").first { $0.hasPrefix("Eligible: participant id ") }
        .map { String($0.dropFirst("Eligible: participant id ".count).prefix(4)) }
    }
    #expect(ids.sorted() == ["P001", "P002", "P003", "P004"])
  }

  @Test func aResumedInterviewShowsTheParticipantsOwnWelfareTextAgain() throws {
    let temp = TemporaryFolder()
    let study = try Self.dundeeParticipantAssigned(in: temp)
    // The attributes and the consent, then the input ends: saved, not ended.
    let first = try Self.rapport(
      ["run", Self.interview, "--participant", "P001"] + study, input: "2\n4\n1\n1 2\n\n")
    #expect(first.status == 0, "\(first.stderr)")
    var rest = ["/resume", "1", "", ""]
    for question in 1...12 { rest += ["note on q\(question)", ""] }
    rest += ["", "1 2", "", "y"]
    let resumed = try Self.rapport(
      ["resume", "P001"] + study, input: rest.joined(separator: "\n") + "\n")
    #expect(resumed.status == 0, "\(resumed.stderr)")
    let shown = resumed.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(shown.contains("institution: [University of Dundee welfare support"))
    let plain = try Self.rapport(
      ["resume", "P001", "--responses", temp.path], input: "")
    #expect(plain.stdout.contains("This session has already ended."))
  }

  @Test func runningAParticipantWhoHasASessionResumesItWithTheirOwnWelfareText() throws {
    let temp = TemporaryFolder()
    let study = ["--study", Self.study, "--responses", temp.path]
    _ = try Self.rapport(["screen"] + study, input: Self.screening(school: 2, year: 1))
    let assigned = try Self.rapport(["assign", "P001", "--lead", "IA", "--support", "DA"] + study)
    #expect(assigned.status == 0, "\(assigned.stderr)")
    let first = try Self.rapport(
      ["run", Self.interview, "--participant", "P001"] + study, input: "2\n2\n1\n1 2\n\n")
    #expect(first.status == 0, "\(first.stderr)")
    // `run` again: asked, resumes (r), and goes on to the debrief.
    var rest = ["r", "/resume", "1", "", ""]
    for question in 1...12 { rest += ["note on q\(question)", ""] }
    rest += ["", "1 2", "", "y"]
    let resumed = try Self.rapport(
      ["run", Self.interview, "--participant", "P001"] + study,
      input: rest.joined(separator: "\n") + "\n")
    #expect(resumed.status == 0, "\(resumed.stderr)")
    #expect(resumed.stdout.hasPrefix("P001 already has a session of 'belonging-interview'"))
    let shown = resumed.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(shown.contains("institution: [University College London welfare support"))
    #expect(!shown.contains("{site.welfare}"))
    #expect(JournalInspection.sessionFolders(in: temp.path).count == 1, "resumed, not a new one")
  }

  @Test func theSupportersScreenShowsTheParticipantsOwnWelfareTextWithStudy() throws {
    let temp = TemporaryFolder()
    let study = try Self.dundeeParticipantAssigned(in: temp)
    // The lead goes through the attributes, the consent, the set-up and the twelve
    // questions to the debrief, then the input ends: the session waits at the debrief.
    var lead = ["2", "4", "1", "1 2", "", "1", "", ""]
    for question in 1...12 { lead += ["note on q\(question)", ""] }
    lead += [""]
    let first = try Self.rapport(
      ["run", Self.interview, "--participant", "P001"] + study,
      input: lead.joined(separator: "\n") + "\n")
    #expect(first.status == 0, "\(first.stderr)")
    let joined = try Self.rapport(["join", "P001"] + study)
    #expect(joined.status == 0, "\(joined.stderr)")
    let shown = joined.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(shown.contains("institution: [University of Dundee welfare support"))
    #expect(!shown.contains("Imperial College London welfare"))
    // Without the study, the supporter sees the gap, never another site's text.
    let plain = try Self.rapport(["join", "P001", "--responses", temp.path])
    let gap = plain.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(!gap.contains("University of Dundee welfare support"))
    #expect(gap.contains("[the welfare support of the participant’s institution"))
  }
}

import Foundation
import RapportCore
import Testing

/// The study file: the shipped one loads and fits its protocols; each mistake a
/// coordinator can make is one located diagnostic in the lint form.
@Suite struct StudyLoaderTests {
  @Test func theShippedStudyLoadsWithoutAProblem() throws {
    let result = try StudyFixtures.shipped()
    #expect(result.diagnostics.map(\.compilerForm) == [])
    let plan = try #require(result.plan)
    #expect(plan.sites.map(\.id.value) == ["imperial", "ucl", "nottingham", "dundee"])
    #expect(plan.quotas.map { $0.cells.count } == [5, 4, 4, 4])
    #expect(plan.participantIDs.id(plan.participantIDs.first) == "P001")
    #expect(plan.compensation?.what.value == "£20 shopping voucher")
    #expect(plan.interviewers.count == 6)
    #expect(plan.interviewer("DB")?.takes(.lead) == false)
    #expect(result.screening?.model.id.value == "eligibility-screening")
    #expect(result.interview?.model.id.value == "belonging-interview")
  }

  @Test func theShippedWelfareTextsArePlaceholders() throws {
    let plan = try StudyFixtures.plan()
    for site in plan.sites {
      let welfare = try #require(site.welfare?.value)
      #expect(welfare.hasPrefix("[") && welfare.hasSuffix("]"))
      #expect(!welfare.contains("@"), "no e-mail address in a shipped file")
    }
  }

  /// A study file goes through the protocol loader's front end: hostile YAML is refused
  /// in the same words, naming the kind of file.
  @Test func hostileYAMLIsRefusedAsAProtocolIs() {
    let deep =
      "rapport-study: 1\nsites: " + String(repeating: "[", count: 120)
      + String(repeating: "]", count: 120) + "\n"
    let names = "abcdefghi".map(String.init)
    let bomb =
      "rapport-study: 1\na: &a [" + Array(repeating: "\"lol\"", count: 9).joined(separator: ",")
      + "]\n"
      + zip(names.dropFirst(), names).map { name, previous in
        "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",")
          + "]\n"
      }.joined()
    let complex = "rapport-study: 1\n? [a, b]\n: c\n"
    let forms = [deep, bomb, complex, ""].map {
      StudyLoader.load(text: $0, path: "s.yaml").diagnostics.map(\.compilerForm)
    }
    #expect(
      forms[0] == [
        "s.yaml:2:107: error: nesting is deeper than 100 levels; a study file needs far fewer "
          + "[too-deep]"
      ])
    #expect(
      forms[1] == [
        "s.yaml:10:1: error: aliases ('*name') expand to more values than the file has "
          + "characters; this looks like an alias bomb ('billion laughs') [alias-bomb]"
      ])
    #expect(
      forms[2] == [
        "s.yaml:2:1: error: a key must be a plain word, not a list, a mapping or an alias "
          + "[complex-key]"
      ])
    #expect(forms[3] == ["s.yaml:1:1: error: file is empty [empty-file]"])
  }

  @Test func studyFilesAreToldApartFromProtocols() throws {
    #expect(StudyLoader.isStudyFile(Data(try StudyFixtures.text(StudyFixtures.studyPath).utf8)))
    #expect(
      !StudyLoader.isStudyFile(
        Data(try StudyFixtures.text("Protocols/belonging-interview.yaml").utf8)))
    #expect(!StudyLoader.isStudyFile(Data("rapport: 1\nnote: rapport-study: 1\n".utf8)))
  }

  static func problems(_ text: String) -> String {
    StudyFixtures.check(text).diagnostics.map(\.compilerForm).joined(separator: "\n")
  }

  @Test func anUnknownSiteIsLocatedWithASuggestion() throws {
    let text = try StudyFixtures.edited("    site: ucl\n    roles", "    site: ucll\n    roles")
    #expect(
      Self.problems(text) == """
        Protocols/belonging-study.yaml:58:11: error: unknown site 'ucll' (did you mean 'ucl'?) [unknown-site]
        """)
  }

  @Test func aCellNoAnswerCanFillAndAnOverlapAreErrors() throws {
    let text = try StudyFixtures.edited("cells: [1, 2, 3, 4, 5]", "cells: [1, 2, 7, 4, 2]")
    #expect(
      Self.problems(text) == """
        Protocols/belonging-study.yaml:74:19: error: no answer to 'year' can fill the cell '7': it is above the maximum [quota-cell-unfillable]
        Protocols/belonging-study.yaml:74:25: error: the cell '2' of 'year' at 'imperial' is already in a quota; a participant would count twice [quota-overlap]
        Protocols/belonging-study.yaml:74:16: note: first counted here
        """)
  }

  @Test func twoQuotasOverOneCellOverlap() throws {
    let text = try StudyFixtures.edited(
      "  - site: ucl\n    attribute: year\n    cells: [1, 2, 3, 4]",
      "  - site: ucl\n    attribute: year\n    cells: [1, 2, 3, 4]\n  - site: ucl\n    attribute: year\n    cells: [4]"
    )
    #expect(
      Self.problems(text).contains(
        "80:13: error: the cell '4' of 'year' at 'ucl' is already in a quota"))
  }

  @Test func sitesMustBeOptionsOfBothProtocols() throws {
    let text = try StudyFixtures.edited(
      "  - id: dundee\n    name: University of Dundee",
      "  - id: st-andrews\n    name: University of St Andrews")
    let problems = Self.problems(text)
    #expect(
      problems.contains(
        "Protocols/belonging-study.yaml:44:9: error: site 'st-andrews' is not an option value of the screening item 'school' [site-not-in-protocol]"
      ))
    #expect(
      problems.contains(
        "45:11: error: site name 'University of St Andrews' is not an option of the interview's attribute 'school' [site-not-in-protocol]"
      ))
    #expect(problems.contains("unknown site 'dundee'"))
  }

  @Test func theIDSchemeMustFitTheInterviewsPattern() throws {
    let text = try StudyFixtures.edited("  prefix: P\n", "  prefix: S\n")
    #expect(
      Self.problems(text) == """
        Protocols/belonging-study.yaml:30:3: error: the study's first participant id 'S001' does not match the interview's pattern 'P[0-9]{3}' [participant-ids]
        Protocols/belonging-interview.yaml:27:15: note: the pattern is here
        """)
  }

  @Test func theCompensationItemMustBeOnTheDebriefChecklist() throws {
    let text = try StudyFixtures.edited("  item: 2\n", "  item: 4\n")
    #expect(
      Self.problems(text) == """
        Protocols/belonging-study.yaml:88:9: error: checklist 'debrief' has 3 items, not 4 [compensation-item]
        """)
  }

  @Test func anInterviewerWithoutARoleAndAMisspeltKeyAreReported() throws {
    let text = try StudyFixtures.edited(
      "  - id: DB\n    site: dundee\n    roles: [support]",
      "  - id: DB\n    site: dundee\n    role: [support]")
    #expect(
      Self.problems(text) == """
        Protocols/belonging-study.yaml:66:9: error: interviewer 'DB' takes no role (write e.g. 'roles: [lead, support]') [interviewer-roles]
        Protocols/belonging-study.yaml:68:5: error: unknown key 'role' (did you mean 'roles'?) [unknown-key]
        """)
  }

  @Test func aMissingProtocolIsOneDiagnosticAtItsPath() throws {
    let text = try StudyFixtures.edited(
      "protocol: eligibility-screening.yaml", "protocol: screening.yaml")
    #expect(
      Self.problems(text) == """
        Protocols/belonging-study.yaml:16:13: error: cannot read 'Protocols/screening.yaml': no such file [study-protocol]
        """)
  }

  @Test func aNewerStudyFormatIsRefused() {
    let result = StudyFixtures.check("rapport-study: 2\nid: x\ntitle: T\n")
    #expect(result.plan == nil)
    #expect(
      result.diagnostics.map(\.compilerForm) == [
        "Protocols/belonging-study.yaml:1:16: error: study format version 2 is newer than this rapport reads (1); update rapport [format-version]"
      ])
  }
}

import Foundation
import RapportCore
import RapportTestSupport
import Testing

/// `{site.welfare}` in a protocol text: filled with the participant's own site, linted
/// when misspelt, and required of every site when the interview uses it.
@Suite struct SitePlaceholdersTests {
  /// Lint walks the texts without copying the protocol; the walk must see exactly the
  /// texts that filling in placeholders transforms, in the same order.
  @Test(arguments: ShippedProtocols.names + ["mini"])
  func theTextWalkVisitsWhatFillingTransforms(name: String) throws {
    let model =
      name == "mini"
      ? SessionFixtures.miniInterview : try #require(try ShippedProtocols.load(name).protocol)
    var mapped: [Located<String>] = []
    _ = model.mappingTexts { text in
      mapped.append(text)
      return text.value
    }
    var walked: [Located<String>] = []
    model.forEachText { walked.append($0) }
    #expect(walked == mapped)
    #expect(walked.count > 10)
  }

  @Test func theDebriefShowsTheParticipantsOwnWelfareText() throws {
    let result = try StudyFixtures.shipped()
    let plan = try #require(result.plan)
    let interview = try #require(result.interview?.model)
    let filled = SitePlaceholders.fill(interview, site: try #require(plan.site("dundee")))
    let debrief = try #require(filled.steps.first { $0.id.value == "debrief" })
    guard case .checklist(let checklist) = debrief.kind else {
      Issue.record("debrief is not a checklist")
      return
    }
    #expect(
      checklist.note?.value
        == "Debriefing information: see the welfare support sheet. Welfare support at the "
        + "participant’s institution: [University of Dundee welfare support: service name, how "
        + "to reach it] Point the participant to the study’s named point of contact in the "
        + "event of serious concern.")
    #expect(SitePlaceholders.fieldsUsed(in: interview) == ["welfare"])
  }

  @Test func withoutASiteTheGapIsSaidInWordsNeverAsARawPlaceholder() throws {
    let interview = try #require(try StudyFixtures.shipped().interview?.model)
    let here = SourceLocation(file: "s.yaml", line: 1, column: 1)
    let site = StudySite(id: Located("nowhere", at: here), name: Located("Nowhere", at: here))
    for model in [
      SitePlaceholders.fill(interview, site: nil),
      SitePlaceholders.fill(interview, site: site),
    ] {
      let debrief = try #require(model.steps.first { $0.id.value == "debrief" })
      guard case .checklist(let checklist) = debrief.kind else {
        Issue.record("debrief is not a checklist")
        return
      }
      #expect(
        checklist.note?.value
          == "Debriefing information: see the welfare support sheet. Welfare support at the "
          + "participant’s institution: [the welfare support of the participant’s institution: "
          + "start the session with --study to show it here] Point the participant to the "
          + "study’s named point of contact in the event of serious concern.")
    }
  }

  /// The debrief note of the shipped interview, filled from a site with this welfare text.
  static func debriefNote(welfare: String) throws -> String? {
    let interview = try #require(try StudyFixtures.shipped().interview?.model)
    let site = StudySite(
      id: Located("ucl", at: .init(file: "s", line: 1, column: 1)),
      name: Located("University College London", at: .init(file: "s", line: 1, column: 1)),
      welfare: Located(welfare, at: .init(file: "s", line: 1, column: 1)))
    let filled = SitePlaceholders.fill(interview, site: site)
    let debrief = try #require(filled.steps.first { $0.id.value == "debrief" })
    guard case .checklist(let checklist) = debrief.kind else { return nil }
    return checklist.note?.value
  }

  @Test func aSitesTextIsPutInAsWrittenNeverFilledItself() throws {
    // Filled in one pass: the welfare text's own '{site.name}' and a stray '{site.' stay.
    let note = try #require(
      try Self.debriefNote(welfare: "[{site.name} support] {site.nope {site."))
    #expect(note.contains("institution: [{site.name} support] {site.nope {site. Point the"))
  }

  @Test func aMisspeltPlaceholderIsALintError() {

    let text = """
      rapport: 1
      id: x
      title: T
      steps:
        - id: bye
          end: "Support: {site.wellfare}"
      """
    #expect(
      Linter.lint(data: Data(text.utf8), path: "p.yaml").map(\.compilerForm) == [
        "p.yaml:6:10: error: unknown placeholder '{site.wellfare}' (did you mean '{site.welfare}'?) [unknown-placeholder]"
      ])
  }

  @Test func aSiteWithoutWelfareTextIsAStudyError() throws {
    let text = try StudyFixtures.edited(
      "    welfare: \"[University of Dundee welfare support: service name, how to reach it]\"\n",
      "")
    #expect(
      StudyFixtures.check(text).diagnostics.map(\.compilerForm) == [
        "Protocols/belonging-study.yaml:44:9: error: site 'dundee' has no 'welfare' text, which the interview shows as '{site.welfare}' [site-welfare]"
      ])
  }
}

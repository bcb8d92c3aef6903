import Foundation
import Testing

@testable import RapportCore

/// Semantic rules in situations the corpus does not cover one file at a time.
@Suite struct LinterTests {
  private func lint(_ body: String) -> [String] {
    let text = "rapport: 1\nid: t\ntitle: T\n" + body
    return Linter.lint(data: Data(text.utf8), path: "t.yaml").map(\.compilerForm)
  }

  @Test func conditionalEndInsideASectionLeavesLaterStepsReachable() {
    let output = lint(
      """
      steps:
        - id: ok
          type: yes-no
          ask: Eligible?
        - id: screen
          section: Screening
          when: not ok
          steps:
            - id: bye
              end: Thank you.
        - id: q1
          ask: Welcome!
          prompts: []

      """)
    #expect(output == [])
  }

  @Test func stepsInsideANeverShownSectionAreNotReportedAgain() {
    let output = lint(
      """
      steps:
        - id: old
          section: Retired questions
          when: false and true
          steps:
            - id: q1
              when: false
              ask: Gone?
              prompts: []

      """)
    #expect(
      output == [
        "t.yaml:7:11: error: step 'old' can never be shown: its 'when:' is always false [unreachable-step]"
      ])
  }

  @Test func constraintMayNameItsOwnItemButNotALaterOne() {
    let output = lint(
      """
      steps:
        - id: age
          type: integer
          ask: Age?
          constraint: age >= 18 and age <= later
        - id: later
          type: integer
          ask: Later?

      """)
    #expect(
      output == [
        "t.yaml:8:38: error: 'constraint:' names 'later', which is a later step and has no answer yet [forward-reference]\nt.yaml:9:9: note: 'later' is defined here"
      ])
  }

  @Test func referencesToStepsThatCouldNotBeReadAreNotReportedAgain() {
    let output = lint(
      """
      steps:
        - id: school
          type: singel-choice
          ask: School?
        - id: q1
          when: school == "x"
          ask: Why?
          prompts: []

      """)
    #expect(
      output == [
        "t.yaml:6:11: error: unknown item type 'singel-choice' (did you mean 'single-choice'?) [unknown-value]"
      ])
  }

  @Test func attributeConditionsFollowTheSameOrderRules() {
    let output = lint(
      """
      participant:
        attributes:
          - id: role
            when: student
            type: text
            ask: Role?
          - id: student
            type: yes-no
            ask: Student?
      steps:
        - id: q1
          when: student and role == "x"
          ask: Hello?
          prompts: []

      """)
    #expect(
      output == [
        "t.yaml:7:13: error: 'when:' names 'student', which is a later step and has no answer yet [forward-reference]\nt.yaml:10:11: note: 'student' is defined here"
      ])
  }

  @Test(arguments: [
    ("P[0-9 ]{3}", "'P 01', which is unsafe as a folder name (it contains whitespace)"),
    ("\\.?P[0-9]{3}", "'.P001', which is unsafe as a folder name (it starts with '.')"),
    ("P[0-9.]+", "'P..001', which is unsafe as a folder name (it contains '..')"),
    (".+", "'/', which is unsafe as a folder name (it contains '/')"),
  ])
  func patternsThatAcceptUnsafeFolderNamesAreErrors(pattern: String, accepted: String) {
    let output = lint(
      "participant:\n  id-pattern: '\(pattern)'\n  example: P001\nsteps:\n  - id: e\n    end: Bye.\n"
    )
    #expect(
      output == [
        "t.yaml:5:15: error: 'id-pattern' '\(pattern)' accepts ids such as \(accepted) [bad-pattern]"
      ])
  }

  @Test func patternsMatchTheWholeID() throws {
    let pattern = try ParticipantIDPattern("P[0-9]{3}")
    #expect(pattern.accepts("P001"))
    #expect(!pattern.accepts("xP001"))
    #expect(!pattern.accepts("P0012"))
    #expect(!pattern.accepts(""))
  }

  @Test func budgetsWithinTheDurationAreQuiet() {
    let output = lint(
      """
      duration: 10m
      steps:
        - id: c
          checklist: Consent
          items: [Form received]
          budget: 2m
        - id: q1
          ask: How are you?
          prompts: []
          budget: 8m

      """)
    #expect(output == [])
  }
}

@Suite struct ParticipantPatternSafetyTests {
  @Test func longExamplesAreRefusedBeforeABacktrackingPatternRunsOnThem() {
    let example = String(repeating: "a", count: 40)
    let text =
      "rapport: 1\nid: t\ntitle: T\nparticipant:\n  id-pattern: '(a|aa)*b'\n  example: \(example)\n"
      + "steps:\n  - id: e\n    end: Bye.\n"
    let clock = ContinuousClock()
    var output: [String] = []
    let elapsed = clock.measure {
      output = Linter.lint(data: Data(text.utf8), path: "t.yaml").map(\.compilerForm)
    }
    #expect(elapsed < .seconds(1))
    #expect(
      output == [
        "t.yaml:6:12: error: example '\(example)' is longer than 32 characters; participant ids are short codes [bad-pattern]"
      ])
  }
}

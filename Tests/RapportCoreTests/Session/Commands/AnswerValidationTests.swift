import RapportCore
import RapportTestSupport
import Testing

@Suite("Answer validation")
struct AnswerValidationTests {
  /// The eligibility survey standing on `item`, with earlier answers valid.
  func on(_ item: String) -> SessionScript {
    var s = SessionScript(SessionFixtures.eligibility)
    let path = ["", "1", "y", "1", "3"]
    for line in path where s.state.currentStepID != item { s.type(line) }
    return s
  }

  @Test(
    "bad answers are refused with a message that says what to type",
    arguments: [
      ("school", "7", "there is no option 7: type 1–3"),
      ("school", "Harvard", "'Harvard' is not an option: type 1–3 or an option's name"),
      ("impacted", "maybe", "'maybe' is not yes or no: type y or n"),
      ("categories", "1 9", "there is no option 9: type 1–3"),
      (
        "categories", "Other, please specify",
        "type the participant's own words for 'Other, please specify'"
      ),
      ("year", "2.5", "'2.5' is not a whole number: type a whole number from 1 to 6"),
      ("year", "9", "9 is too large: type a whole number from 1 to 6"),
      ("year", "0", "0 is too small: type a whole number from 1 to 6"),
      ("year", "4", "Year 4 students are on placement this term."),
      (
        "started", "2022-02-30",
        "'2022-02-30' is not a date: write it as YYYY-MM-DD, e.g. 2022-10-03"
      ),
    ])
  func refused(item: String, input: String, message: String) {
    var s = on(item)
    #expect(s.state.currentStepID == item)
    let before = s.entries.count
    s.type(input)
    #expect(s.feedback == [message])
    #expect(s.entries.count == before)
    #expect(s.state.currentStepID == item)
  }

  @Test(
    "good answers are stored by option value, in display order",
    arguments: [
      ("school", "2", AnswerValue.text("ucl")),
      ("school", "IMPERIAL COLLEGE LONDON", .text("imperial")),
      ("impacted", "Yes", .boolean(true)),
      ("impacted", "n", .boolean(false)),
      ("categories", "3 1", .choices(["disability", "mature"])),
      ("categories", "mature, first in family", .choices(["mature", "first in family"])),
      ("categories", "Mature student, Disability", .choices(["disability", "mature"])),
      ("year", "6", .number(6)),
      ("started", "2024-02-29", .date("2024-02-29")),
    ])
  func accepted(item: String, input: String, value: AnswerValue) {
    var s = on(item)
    s.type(input)
    #expect(s.state.answers[item] == value)
  }

  @Test("a required item cannot be passed with Enter alone")
  func requiredNeedsAnswer() {
    var s = on("school")
    s.type("")
    #expect(
      s.feedback == ["'school' needs an answer before moving on: type 1–3 or an option's name"])
    s.type("/s")
    #expect(s.feedback == ["'school' is required and cannot be skipped (/end stops the session)"])
  }
}

import Testing

@testable import RapportCore

@Suite struct ExpressionEvaluatorTests {
  static func evaluate(_ source: String, _ answers: [String: AnswerValue]) throws -> Bool? {
    ExpressionEvaluator.evaluate(try ExpressionParser.parse(source).get(), answers: answers)
  }

  static let dundeeYear4: [String: AnswerValue] = [
    "year": .number(4), "school": .text("University of Dundee"),
  ]

  @Test(
    arguments: [
      // The issue's examples.
      (#"year >= 3 and school != "University of Dundee""#, dundeeYear4, false),
      (
        #"year >= 3 and school != "University of Dundee""#,
        ["year": .number(3), "school": .text("Imperial College London")], true
      ),
      (#"year >= 3 and school != "University of Dundee""#, ["year": .number(2)], false),
      (#"year >= 3 and school != "University of Dundee""#, ["year": .number(3)], nil),
      (#"year >= 3 and school != "University of Dundee""#, [:], nil),
      (#""refugee" in categories"#, ["categories": .choices(["mature", "refugee"])], true),
      (#""refugee" in categories"#, ["categories": .choices(["mature"])], false),
      (#""refugee" in categories"#, ["categories": .choices([])], false),
      (#""refugee" in categories"#, [:], nil),
      // Comparisons.
      ("year < 4", dundeeYear4, false),
      ("year <= 4", dundeeYear4, true),
      ("year > 3.5", dundeeYear4, true),
      ("year == 4", dundeeYear4, true),
      ("year != 4", dundeeYear4, false),
      (#"school in ["University of Dundee", "x"]"#, dundeeYear4, true),
      (#"school in ["x"]"#, dundeeYear4, false),
      (#"school in ["x", other]"#, dundeeYear4, nil),
      ("impacted == true", ["impacted": .boolean(true)], true),
      ("impacted", ["impacted": .boolean(false)], false),
      (#"born < "2004-01-01""#, ["born": .date("2003-12-31")], true),
      (#"born >= "2004-01-01""#, ["born": .date("2003-12-31")], false),
      (#"born == "2003-12-31""#, ["born": .date("2003-12-31")], true),
      (#"categories == ["b", "a"]"#, ["categories": .choices(["a", "b"])], true),
      // Unknowns: unanswered items.
      ("year > 1", [:], nil),
      ("not impacted", [:], nil),
      ("not impacted", ["impacted": .boolean(false)], true),
      ("impacted and year > 1", ["impacted": .boolean(false)], false),
      ("year > 1 and impacted", ["impacted": .boolean(false)], false),
      ("impacted and year > 1", ["impacted": .boolean(true)], nil),
      ("impacted or year > 1", ["impacted": .boolean(true)], true),
      ("year > 1 or impacted", ["impacted": .boolean(true)], true),
      ("impacted or year > 1", ["impacted": .boolean(false)], nil),
      ("not (impacted or year > 1)", ["impacted": .boolean(false)], nil),
      // Wrong types (rejected by lint) are unknown, never a crash.
      ("year", dundeeYear4, nil),
      (#"year == "4""#, dundeeYear4, nil),
      (#"school < "z""#, dundeeYear4, nil),
      ("not year", dundeeYear4, nil),
    ] as [(String, [String: AnswerValue], Bool?)])
  func followsThreeValuedLogic(source: String, answers: [String: AnswerValue], expected: Bool?)
    throws
  {
    #expect(try Self.evaluate(source, answers) == expected)
  }

  @Test(arguments: [
    (true, true, true, true), (true, false, false, true), (false, false, false, false),
  ])
  func truthTableForKnownValues(a: Bool, b: Bool, and: Bool, or: Bool) throws {
    let answers: [String: AnswerValue] = ["a": .boolean(a), "b": .boolean(b)]
    #expect(try Self.evaluate("a and b", answers) == and)
    #expect(try Self.evaluate("b and a", answers) == and)
    #expect(try Self.evaluate("a or b", answers) == or)
    #expect(try Self.evaluate("not a", answers) == !a)
  }

  @Test func unknownConditionHidesTheStep() throws {
    let here = SourceLocation(file: "p.yaml", line: 3, column: 11)
    let expression = try ExpressionParser.parse("not impacted").get()
    let condition = Condition(source: "not impacted", location: here, expression: expression)
    #expect(condition.holds(answers: [:]) == false)
    #expect(condition.holds(answers: ["impacted": .boolean(false)]) == true)
    #expect(condition.holds(answers: ["impacted": .boolean(true)]) == false)
  }
}

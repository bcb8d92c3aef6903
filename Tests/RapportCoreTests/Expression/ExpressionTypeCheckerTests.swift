import Testing

@testable import RapportCore

@Suite struct ExpressionTypeCheckerTests {
  /// The items of the study's protocols, as lint would pass them.
  static let items: [String: ItemSignature] = [
    "year": ItemSignature(type: .integer),
    "school": ItemSignature(
      type: .singleChoice, optionValues: ["imperial", "ucl", "dundee", "nottingham", "none"]),
    "gender": ItemSignature(
      type: .singleChoice,
      optionValues: ["Male", "Female", "Non-Binary", "Prefer to self-describe"]),
    "categories": ItemSignature(
      type: .multipleChoice, optionValues: ["refugee", "mature", "Other, please specify"]),
    "impacted": ItemSignature(type: .yesNo),
    "contact-consent": ItemSignature(type: .consent),
    "comments": ItemSignature(type: .text),
    "born": ItemSignature(type: .date),
    "score": ItemSignature(type: .scale),
  ]

  static func errors(_ source: String) throws -> [String] {
    let tree = try ExpressionParser.parse(source).get()
    return ExpressionTypeChecker.check(tree, items: items).map {
      "\($0.range.start)-\($0.range.end): \($0.message)"
    }
  }

  @Test(arguments: [
    #"year >= 3 and school != "dundee""#,
    #""refugee" in categories"#,
    #""Other, please specify" in categories"#,
    #"gender == "Prefer to self-describe""#,
    #"school in ["ucl", "imperial"]"#,
    "impacted and not contact-consent",
    "impacted == true",
    #"born < "2004-02-29" and born >= "1990-01-01""#,
    #""2000-01-01" <= born"#,
    "score > 2.5 or year == 1",
    #"comments != """#,
    #"comments in ["a", comments]"#,
    #"categories == ["refugee", "mature"]"#,
  ])
  func acceptsWellTypedConditions(source: String) throws {
    #expect(try Self.errors(source) == [])
  }

  @Test(arguments: [
    ("yr >= 3", ["0-2: unknown item 'yr' (did you mean 'year'?)"]),
    ("nonsense", ["0-8: unknown item 'nonsense'"]),
    (#"year == "three""#, [#"0-15: cannot compare 'year' (a number) with "three" (text)"#]),
    (#"school == "Oxford""#, ["10-18: 'Oxford' is not an option of 'school'"]),
    (#"school == "UCL""#, ["10-15: 'UCL' is not an option of 'school' (did you mean 'ucl'?)"]),
    (#""Oxford" != school"#, ["0-8: 'Oxford' is not an option of 'school'"]),
    (
      #"school in ["ucl", "kings"]"#,
      ["18-25: 'kings' is not an option of 'school'"]
    ),
    (#""veteran" in categories"#, ["0-9: 'veteran' is not an option of 'categories'"]),
    (
      #"categories == "refugee""#,
      [
        #"0-23: cannot compare 'categories' (a list of text) with "refugee" (text) (did you mean '"refugee" in categories'?)"#
      ]
    ),
    ("year in categories", ["0-4: 'in' needs text on the left, but 'year' is a number"]),
    (
      #""a" in comments"#,
      [
        #"7-15: 'in' needs a list on the right (a multiple-choice item or ["a", "b"]), but 'comments' is text"#
      ]
    ),
    ("year and impacted", ["0-4: 'and' needs true/false on both sides, but 'year' is a number"]),
    (
      #"year or "x""#,
      [
        "0-4: 'or' needs true/false on both sides, but 'year' is a number",
        #"8-11: 'or' needs true/false on both sides, but "x" is text"#,
      ]
    ),
    ("not school", ["4-10: 'not' needs true/false, but 'school' is text"]),
    ("year", ["0-4: expected a true/false condition, but 'year' is a number"]),
    (#""yes""#, [#"0-5: expected a true/false condition, but "yes" is text"#]),
    (#"born < "2022-02-30""#, [#"7-19: '2022-02-30' is not a date (write it as "YYYY-MM-DD")"#]),
    (#"born == "1/2/2003""#, [#"8-18: '1/2/2003' is not a date (write it as "YYYY-MM-DD")"#]),
    ("born > year", ["0-11: cannot compare 'born' (a date) with 'year' (a number)"]),
    (#"comments < "m""#, ["0-14: '<' needs numbers or dates, but 'comments' is text"]),
    ("impacted >= true", ["0-16: '>=' needs numbers or dates, but 'impacted' is true/false"]),
    (#"impacted == "yes""#, [#"0-17: cannot compare 'impacted' (true/false) with "yes" (text)"#]),
    (#"comments in ["a", 3]"#, ["18-19: a list holds text only, but 3 is a number"]),
    (
      #"yr >= 3 and school == "Oxford" and zzz"#,
      [
        "0-2: unknown item 'yr' (did you mean 'year'?)",
        "22-30: 'Oxford' is not an option of 'school'",
        "35-38: unknown item 'zzz'",
      ]
    ),
    ("(year > 1) > 2", ["1-14: cannot compare 'year > 1' (true/false) with 2 (a number)"]),
  ])
  func reportsEveryTypeError(source: String, expected: [String]) throws {
    #expect(try Self.errors(source) == expected)
  }

  @Test func unknownNamesAreNotReportedTwice() throws {
    // The unknown item has no type, so the comparison around it is not also an error.
    #expect(
      try Self.errors("nope == 3 and not nope") == [
        "0-4: unknown item 'nope'", "18-22: unknown item 'nope'",
      ])
  }

  @Test func signatureOfASurveyItemIncludesItsOtherLabel() {
    let here = SourceLocation(file: "p.yaml", line: 1, column: 1)
    let item = SurveyItem(
      id: Located("categories", at: here), type: .multipleChoice,
      ask: Located("Which?", at: here),
      options: [
        ChoiceOption(value: Located("refugee", at: here), label: Located("Refugee", at: here))
      ],
      other: Located("Other, please specify", at: here), location: here)
    #expect(
      ItemSignature(item)
        == ItemSignature(type: .multipleChoice, optionValues: ["refugee", "Other, please specify"])
    )
  }
}

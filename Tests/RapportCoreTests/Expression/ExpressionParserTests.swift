import Testing

@testable import RapportCore

/// A compact, unambiguous spelling of a tree: `(and (>= year 3) (!= school "x"))`.
func sexpr(_ node: ConditionExpression) -> String {
  switch node {
  case .number, .string, .boolean, .name: node.text
  case .list(let elements, _): "[" + elements.map(sexpr).joined(separator: " ") + "]"
  case .not(let operand, _): "(not \(sexpr(operand)))"
  case .binary(let op, let lhs, let rhs, _): "(\(op.rawValue) \(sexpr(lhs)) \(sexpr(rhs)))"
  }
}

func parseTree(_ source: String) -> String {
  switch ExpressionParser.parse(source) {
  case .success(let tree): sexpr(tree)
  case .failure(let error): "error: \(error.message)"
  }
}

@Suite struct ExpressionParserTests {
  @Test(arguments: [
    (
      #"year >= 3 and school != "University of Dundee""#,
      #"(and (>= year 3) (!= school "University of Dundee"))"#
    ),
    (#""refugee" in categories"#, #"(in "refugee" categories)"#),
    ("a or b and c", "(or a (and b c))"),
    ("a and b or c", "(or (and a b) c)"),
    ("(a or b) and c", "(and (or a b) c)"),
    ("a or b or c", "(or (or a b) c)"),
    ("not a and b", "(and (not a) b)"),
    ("not year >= 3", "(not (>= year 3))"),
    ("not not a", "(not (not a))"),
    ("not contact-consent", "(not contact-consent)"),
    ("x == -2.5", "(== x -2.5)"),
    ("2nd-year == true", "(== 2nd-year true)"),
    (#"school in ["a", "b"]"#, #"(in school ["a" "b"])"#),
    ("x in []", "(in x [])"),
    (#""it’s “quoted”" == x"#, #"(== "it’s “quoted”" x)"#),
    (#"x == "say \"hi\" \\ bye""#, #"(== x "say \"hi\" \\ bye")"#),
    ("d < \"2022-01-01\"", #"(< d "2022-01-01")"#),
    ("a<=1 and b>2 or c<3", "(or (and (<= a 1) (> b 2)) (< c 3))"),
    ("  a  ", "a"),
    ("(((a)))", "a"),
  ])
  func parsesWithPrecedence(source: String, tree: String) {
    #expect(parseTree(source) == tree)
  }

  @Test func rangesAreCharacterOffsetsOfEachNode() throws {
    // The accented letter is one Character of several UTF-8 bytes.
    let source = #""é" == x and year >= 3"#
    let tree = try ExpressionParser.parse(source).get()
    guard case .binary(.and, let lhs, let rhs, let whole) = tree,
      case .binary(.equal, let literal, let name, _) = lhs
    else {
      Issue.record("unexpected tree \(sexpr(tree))")
      return
    }
    #expect(whole == TextRange(start: 0, end: 22))
    #expect(literal.range == TextRange(start: 0, end: 3))
    #expect(name.range == TextRange(start: 7, end: 8))
    #expect(rhs.range == TextRange(start: 13, end: 22))
  }

  @Test(arguments: [
    ("", "expected an expression", 0, 0),
    ("year >= 3 and", "expected an operand after 'and'", 13, 13),
    ("a and )", "expected an operand after 'and'", 6, 7),
    ("year >=", "expected an operand after '>='", 7, 7),
    ("not", "expected an operand after 'not'", 3, 3),
    ("a)", "unexpected ')'", 1, 2),
    (")", "unexpected ')'", 0, 1),
    ("(a", "expected ')' to close '('", 2, 2),
    ("(a b", "unexpected 'b' (expected ')' to close '(')", 3, 4),
    ("[\"a\", \"b\"", "expected ']' to close '['", 9, 9),
    ("year >= 3 school", "unexpected 'school' (missing 'and' or 'or'?)", 10, 16),
    (#"x == "abc"#, "unterminated string", 5, 9),
    (
      #"x == "abc”"#,
      "unterminated string (the closing '”' is a curly quote; type a straight '\"')", 5, 10
    ),
    ("year = 3", "'=' is not an operator (did you mean '=='?)", 5, 6),
    ("a && b", "'&&' is not an operator (use 'and')", 2, 4),
    ("a || b", "'||' is not an operator (use 'or')", 2, 4),
    ("!a", "'!' is not an operator (use 'not')", 0, 1),
    ("a => 3", "'=>' is not an operator (did you mean '>='?)", 2, 4),
    ("a <> 3", "'<>' is not an operator (did you mean '!='?)", 2, 4),
    ("a ≥ 3", "'≥' is not an operator (did you mean '>='?)", 2, 3),
    (
      "school == “Dundee”",
      "curly quote '“' cannot start a string (type a straight double quote '\"')", 10, 11
    ),
    (
      "school == 'Dundee'",
      "single quote cannot start a string (type a straight double quote '\"')", 10, 11
    ),
    (
      "school == ‘Dundee’",
      "curly quote '‘' cannot start a string (type a straight double quote '\"')", 10, 11
    ),
    ("a == b == c", "comparisons cannot be chained: '==' after '==' (use 'and')", 7, 9),
    ("1 < a < 3", "comparisons cannot be chained: '<' after '<' (use 'and')", 6, 7),
    ("year - 1 > 2", "'-' is not an operator (there is no arithmetic)", 5, 6),
    ("x == 3.", "'3.' is not a number or an item id", 5, 7),
    ("a # b", "unexpected character '#'", 2, 3),
    ("a AND b", "'AND' must be written in lowercase ('and')", 2, 5),
    ("NOT a", "'NOT' must be written in lowercase ('not')", 0, 3),
    (#"x == "a\nb""#, #"unknown escape '\n' (only '\"' and '\\' are allowed)"#, 7, 9),
    ("and a", "unexpected 'and'", 0, 3),
  ])
  func reportsErrorsAtExactCharacters(source: String, message: String, start: Int, end: Int) {
    let result = ExpressionParser.parse(source)
    #expect(result == .failure(ExpressionError(message, at: TextRange(start: start, end: end))))
  }

  @Test func boundsNestingDepth() {
    let deepest = String(repeating: "(", count: 64) + "a" + String(repeating: ")", count: 64)
    #expect(parseTree(deepest) == "a")
    let tooDeep = String(repeating: "(", count: 65) + "a" + String(repeating: ")", count: 65)
    #expect(
      ExpressionParser.parse(tooDeep)
        == .failure(
          ExpressionError(
            "expression is nested too deeply (more than 64 levels)",
            at: TextRange(start: 64, end: 65))))
    let manyNots = String(repeating: "not ", count: 100_000) + "a"
    #expect(parseTree(manyNots) == "error: expression is too long (more than 2000 characters)")
    let nots = String(repeating: "not ", count: 65) + "a"
    #expect(parseTree(nots) == "error: expression is nested too deeply (more than 64 levels)")
  }

  @Test func canonicalTextParsesBackToTheSameTree() throws {
    for source in [
      "not (a or b) and c", "a or (b and not c)", #"x in ["a", "b\"c"]"#, "(a == b) == c",
      "y >= 3.25",
    ] {
      let tree = try ExpressionParser.parse(source).get()
      let again = try ExpressionParser.parse(tree.text).get()
      #expect(sexpr(again) == sexpr(tree), "\(source) → \(tree.text)")
    }
  }
}

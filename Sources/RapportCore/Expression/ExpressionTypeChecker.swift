/// Checks a parsed expression against the items it names, so mistakes surface in lint
/// rather than silently skipping a question in a live session.
///
/// Every problem is reported, not just the first; a part already found wrong is not
/// reported again by the parts around it.
public enum ExpressionTypeChecker {
  public static func check(
    _ expression: ConditionExpression, items: [String: ItemSignature]
  ) -> [ExpressionError] {
    var checker = Checker(items: items)
    if let type = checker.infer(expression), type != .boolean {
      checker.report(
        "expected a true/false condition, but \(Checker.predicate(expression, type))",
        at: expression.range)
    }
    return checker.errors
  }
}

private struct Checker {
  let items: [String: ItemSignature]
  var errors: [ExpressionError] = []

  init(items: [String: ItemSignature]) {
    self.items = items
  }

  mutating func report(_ message: String, at range: TextRange) {
    errors.append(ExpressionError(message, at: range))
  }

  /// The node's type, or nil when it is wrong in a way already reported.
  mutating func infer(_ node: ConditionExpression) -> ValueType? {
    switch node {
    case .number: return .number
    case .string: return .text
    case .boolean: return .boolean
    case .name(let name, let range):
      if let signature = items[name] { return signature.type.valueType }
      var message = "unknown item '\(name)'"
      if let guess = SpellingSuggestion.closest(to: name, among: items.keys.sorted()) {
        message += " (did you mean '\(guess)'?)"
      }
      report(message, at: range)
      return nil
    case .list(let elements, _):
      for element in elements {
        if let type = infer(element), type != .text {
          report(
            "a list holds text only, but \(Self.predicate(element, type))", at: element.range)
        }
      }
      return .textSet
    case .not(let operand, _):
      if let type = infer(operand), type != .boolean {
        report("'not' needs true/false, but \(Self.predicate(operand, type))", at: operand.range)
      }
      return .boolean
    case .binary(let op, let lhs, let rhs, let range):
      let left = infer(lhs)
      let right = infer(rhs)
      switch op {
      case .and, .or:
        for (side, type) in [(lhs, left), (rhs, right)] {
          if let type, type != .boolean {
            report(
              "'\(op.rawValue)' needs true/false on both sides, but \(Self.predicate(side, type))",
              at: side.range)
          }
        }
      case .in:
        checkMembership(lhs, left, rhs, right)
      case .equal, .notEqual:
        if let left, let right { checkEquality(op, lhs, left, rhs, right, range) }
      case .less, .lessOrEqual, .greater, .greaterOrEqual:
        if let left, let right { checkOrdering(op, lhs, left, rhs, right, range) }
      }
      return .boolean
    }
  }

  mutating func checkEquality(
    _ op: BinaryOperator, _ lhs: ConditionExpression, _ left: ValueType,
    _ rhs: ConditionExpression, _ right: ValueType, _ range: TextRange
  ) {
    if left == right {
      checkOptions(lhs, rhs)
      checkOptions(rhs, lhs)
      return
    }
    if checkDateLiteral(lhs, left, rhs) || checkDateLiteral(rhs, right, lhs) { return }
    var message = "cannot compare \(Self.subject(lhs, left)) with \(Self.subject(rhs, right))"
    if left == .textSet, case .string = rhs, case .name(let name, _) = lhs {
      message += " (did you mean '\(rhs.text) in \(name)'?)"
    }
    report(message, at: range)
  }

  mutating func checkOrdering(
    _ op: BinaryOperator, _ lhs: ConditionExpression, _ left: ValueType,
    _ rhs: ConditionExpression, _ right: ValueType, _ range: TextRange
  ) {
    if checkDateLiteral(lhs, left, rhs) || checkDateLiteral(rhs, right, lhs) { return }
    guard left == right else {
      report(
        "cannot compare \(Self.subject(lhs, left)) with \(Self.subject(rhs, right))", at: range)
      return
    }
    guard left == .number || left == .date else {
      report(
        "'\(op.rawValue)' needs numbers or dates, but \(Self.predicate(lhs, left))", at: range)
      return
    }
  }

  mutating func checkMembership(
    _ lhs: ConditionExpression, _ left: ValueType?,
    _ rhs: ConditionExpression, _ right: ValueType?
  ) {
    if let left, left != .text {
      report("'in' needs text on the left, but \(Self.predicate(lhs, left))", at: lhs.range)
    }
    if let right, right != .textSet {
      report(
        "'in' needs a list on the right (a multiple-choice item or [\"a\", \"b\"]), but "
          + Self.predicate(rhs, right), at: rhs.range)
    }
    guard left == .text, right == .textSet else { return }
    checkOptions(lhs, rhs)
    checkOptions(rhs, lhs)
  }

  /// Reports text literals in `literals` that are not options of the choice item `item`.
  mutating func checkOptions(_ item: ConditionExpression, _ literals: ConditionExpression) {
    guard case .name(let name, _) = item, let signature = items[name],
      signature.type.hasOptions
    else { return }
    let candidates: [ConditionExpression]
    switch literals {
    case .string: candidates = [literals]
    case .list(let elements, _): candidates = elements
    default: return
    }
    for case .string(let value, let range) in candidates
    where !signature.optionValues.contains(value) {
      var message = "'\(value)' is not an option of '\(name)'"
      if let guess = SpellingSuggestion.closest(to: value, among: signature.optionValues) {
        message += " (did you mean '\(guess)'?)"
      }
      report(message, at: range)
    }
  }

  /// True when `date` is a date compared with a text literal; reports a malformed literal.
  mutating func checkDateLiteral(
    _ date: ConditionExpression, _ type: ValueType, _ other: ConditionExpression
  ) -> Bool {
    guard type == .date, case .string(let value, let range) = other else { return false }
    if !CalendarDate.isValid(value) {
      report("'\(value)' is not a date (write it as \"YYYY-MM-DD\")", at: range)
    }
    return true
  }

  /// A part of the expression and its type as a clause: `'year' is a number`.
  static func predicate(_ node: ConditionExpression, _ type: ValueType) -> String {
    switch node {
    case .string, .number, .boolean: "\(node.text) is \(type.phrase)"
    default: "'\(node.text)' is \(type.phrase)"
    }
  }

  /// How a message names a part of the expression: `'year' (a number)`, `"three" (text)`.
  static func subject(_ node: ConditionExpression, _ type: ValueType) -> String {
    switch node {
    case .string, .number, .boolean: "\(node.text) (\(type.phrase))"
    default: "'\(node.text)' (\(type.phrase))"
    }
  }
}

extension ValueType {
  /// The type as a protocol designer would say it: "a number", "text".
  var phrase: String {
    switch self {
    case .text: "text"
    case .textSet: "a list of text"
    case .number: "a number"
    case .date: "a date"
    case .boolean: "true/false"
    }
  }
}

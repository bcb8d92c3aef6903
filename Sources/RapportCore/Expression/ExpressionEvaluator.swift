/// Interprets a parsed expression over the answers given so far, with three-valued logic.
///
/// An unanswered or skipped item is unknown (nil). Comparisons with unknown are unknown,
/// `not unknown` is unknown, `false and unknown` is false, `true or unknown` is true. A
/// value of the wrong type (which lint rejects) is treated as unknown rather than a crash.
public enum ExpressionEvaluator {
  public static func evaluate(
    _ expression: ConditionExpression, answers: [String: AnswerValue]
  ) -> Bool? {
    if case .boolean(let result) = value(of: expression, answers: answers) { return result }
    return nil
  }

  private enum Value: Equatable {
    case text(String)
    case number(Double)
    case boolean(Bool)
    case list([String])
    case unknown
  }

  private static func value(
    of node: ConditionExpression, answers: [String: AnswerValue]
  ) -> Value {
    switch node {
    case .number(let number, _): return .number(number)
    case .string(let text, _): return .text(text)
    case .boolean(let flag, _): return .boolean(flag)
    case .list(let elements, _):
      var texts: [String] = []
      for element in elements {
        guard case .text(let text) = value(of: element, answers: answers) else { return .unknown }
        texts.append(text)
      }
      return .list(texts)
    case .name(let name, _):
      switch answers[name] {
      case nil: return .unknown
      case .text(let text): return .text(text)
      case .date(let date): return .text(date)
      case .number(let number): return .number(number)
      case .boolean(let flag): return .boolean(flag)
      case .choices(let choices): return .list(choices)
      }
    case .not(let operand, _):
      guard let flag = truth(value(of: operand, answers: answers)) else { return .unknown }
      return .boolean(!flag)
    case .binary(.and, let lhs, let rhs, _):
      let left = truth(value(of: lhs, answers: answers))
      if left == false { return .boolean(false) }
      let right = truth(value(of: rhs, answers: answers))
      if right == false { return .boolean(false) }
      if left == true, right == true { return .boolean(true) }
      return .unknown
    case .binary(.or, let lhs, let rhs, _):
      let left = truth(value(of: lhs, answers: answers))
      if left == true { return .boolean(true) }
      let right = truth(value(of: rhs, answers: answers))
      if right == true { return .boolean(true) }
      if left == false, right == false { return .boolean(false) }
      return .unknown
    case .binary(let op, let lhs, let rhs, _):
      let result = compare(
        op, value(of: lhs, answers: answers), value(of: rhs, answers: answers))
      return result.map(Value.boolean) ?? .unknown
    }
  }

  private static func truth(_ value: Value) -> Bool? {
    if case .boolean(let flag) = value { return flag }
    return nil
  }

  private static func compare(_ op: BinaryOperator, _ lhs: Value, _ rhs: Value) -> Bool? {
    switch (op, lhs, rhs) {
    case (.in, .text(let element), .list(let list)):
      return list.contains(element)
    case (.equal, _, _), (.notEqual, _, _):
      guard let same = equal(lhs, rhs) else { return nil }
      return op == .equal ? same : !same
    case (_, .number(let a), .number(let b)):
      return order(op, a, b)
    case (_, .text(let a), .text(let b)) where CalendarDate.isValid(a) && CalendarDate.isValid(b):
      // `YYYY-MM-DD` sorts as text in calendar order.
      return order(op, a, b)
    default:
      return nil
    }
  }

  private static func equal(_ lhs: Value, _ rhs: Value) -> Bool? {
    switch (lhs, rhs) {
    case (.text(let a), .text(let b)): a == b
    case (.number(let a), .number(let b)): a == b
    case (.boolean(let a), .boolean(let b)): a == b
    case (.list(let a), .list(let b)): Set(a) == Set(b)
    default: nil
    }
  }

  private static func order<T: Comparable>(_ op: BinaryOperator, _ a: T, _ b: T) -> Bool? {
    switch op {
    case .less: a < b
    case .lessOrEqual: a <= b
    case .greater: a > b
    case .greaterOrEqual: a >= b
    default: nil
    }
  }
}

extension Condition {
  /// Whether the step guarded by this condition is shown; unknown counts as not shown.
  public func holds(answers: [String: AnswerValue]) -> Bool {
    ExpressionEvaluator.evaluate(expression, answers: answers) ?? false
  }
}

extension ConditionExpression {
  /// The expression written back out in its canonical spelling, e.g. `year >= 3`.
  ///
  /// Messages quote parts of an expression this way, and the guide shows conditions in it.
  public var text: String {
    switch self {
    case .number(let value, _): Self.format(value)
    case .string(let value, _): Self.quote(value)
    case .boolean(let value, _): value ? "true" : "false"
    case .name(let name, _): name
    case .list(let elements, _): "[" + elements.map(\.text).joined(separator: ", ") + "]"
    case .not(let operand, _): "not " + operand.parenthesized(below: 3)
    case .binary(let op, let lhs, let rhs, _):
      // `and`/`or` group to the left; comparisons do not chain, so both sides need parens.
      lhs.parenthesized(below: op.precedence < 4 ? op.precedence : op.precedence + 1)
        + " \(op.rawValue) "
        + rhs.parenthesized(below: op.precedence + 1)
    }
  }

  /// How tightly the node binds: `or` 1, `and` 2, `not` 3, comparisons 4, operands 5.
  var precedence: Int {
    switch self {
    case .binary(let op, _, _, _): op.precedence
    case .not: 3
    default: 5
    }
  }

  private func parenthesized(below level: Int) -> String {
    precedence < level ? "(\(text))" : text
  }

  /// `3` rather than `3.0` for whole numbers, as designers write them; never an exponent
  /// (`1e+20`), which the expression language cannot read back.
  static func format(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    let shortest = String(value)  // the fewest digits that read back as `value`
    guard value.isFinite, let e = shortest.firstIndex(where: { $0 == "e" || $0 == "E" }),
      let exponent = Int(shortest[shortest.index(after: e)...])
    else { return shortest }
    let mantissa = shortest[..<e]
    let sign = mantissa.hasPrefix("-") ? "-" : ""
    let unsigned = mantissa.drop { $0 == "-" }
    let point =
      unsigned.firstIndex(of: ".").map { unsigned.distance(from: unsigned.startIndex, to: $0) }
      ?? unsigned.count
    var digits = unsigned.filter(\.isNumber)
    let shifted = point + exponent
    if shifted <= 0 { return sign + "0." + String(repeating: "0", count: -shifted) + digits }
    if shifted >= digits.count {
      return sign + digits + String(repeating: "0", count: shifted - digits.count)
    }
    digits.insert(".", at: digits.index(digits.startIndex, offsetBy: shifted))
    return sign + digits
  }

  static func quote(_ value: String) -> String {
    var quoted = "\""
    for character in value {
      if character == "\\" || character == "\"" { quoted.append("\\") }
      quoted.append(character)
    }
    return quoted + "\""
  }
}

extension BinaryOperator {
  var precedence: Int {
    switch self {
    case .or: 1
    case .and: 2
    default: 4
    }
  }
}

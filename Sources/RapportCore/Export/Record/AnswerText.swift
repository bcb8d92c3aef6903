/// How answers and numbers read in exports: labels for choices, no stray `.0`.
public enum AnswerText {
  /// The answer as a person reads it, with choice labels from the item when known.
  public static func display(_ value: AnswerValue, item: ItemOutline?) -> String {
    switch value {
    case .text(let text): item?.label(for: text) ?? text
    case .number(let number): format(number)
    case .choices(let choices): choices.map { item?.label(for: $0) ?? $0 }.joined(separator: "; ")
    case .boolean(let flag): flag ? "yes" : "no"
    case .date(let date): date
    }
  }

  /// A number without a trailing `.0` when it is whole, e.g. `3`, `2.5`.
  public static func format(_ number: Double) -> String {
    guard number.isFinite else { return "" }
    if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
    return String(number)
  }

  /// Seconds with at most three decimals and no trailing zeros, e.g. `12.5`, `3`, `-2.25`.
  public static func seconds(_ value: Double) -> String {
    guard value.isFinite else { return "0" }
    let ms = Int((TimeCode.bounded(value) * 1000).rounded())
    let sign = ms < 0 ? "-" : ""
    let whole = abs(ms) / 1000
    var fraction = String(abs(ms) % 1000)
    guard fraction != "0" else { return sign + String(whole) }
    fraction = String(repeating: "0", count: 3 - fraction.count) + fraction
    while fraction.hasSuffix("0") { fraction.removeLast() }
    return "\(sign)\(whole).\(fraction)"
  }
}

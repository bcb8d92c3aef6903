import Foundation

/// Turns what the interviewer typed for a survey item into an answer, or says why not.
///
/// Choices by number or by value/label (any case); an item with `other` takes free text
/// that matches no option; numbers range-checked with the range in the message; dates
/// `YYYY-MM-DD`; yes/no as y/yes/n/no; then the item's `constraint`.
enum AnswerParser {
  static func parse(
    _ raw: String, for item: SurveyItem, answers: [String: AnswerValue]
  ) -> Result<AnswerValue, AnswerError> {
    let input = raw.trimmingCharacters(in: .whitespaces)
    guard !input.isEmpty else {
      return .failure(AnswerError("type an answer, or Enter to move on"))
    }
    let parsed: Result<AnswerValue, AnswerError>
    switch item.type {
    case .singleChoice: parsed = single(input, item)
    case .multipleChoice: parsed = multiple(input, item)
    case .text: parsed = .success(.text(input))
    case .integer, .scale: parsed = number(input, item, whole: true)
    case .number: parsed = number(input, item, whole: false)
    case .date:
      parsed =
        CalendarDate.isValid(input)
        ? .success(.date(input))
        : .failure(AnswerError("'\(input)' is not a date: write it as YYYY-MM-DD, e.g. 2022-10-03"))
    case .yesNo, .consent:
      switch input.lowercased() {
      case "y", "yes": parsed = .success(.boolean(true))
      case "n", "no": parsed = .success(.boolean(false))
      default: parsed = .failure(AnswerError("'\(input)' is not yes or no: type y or n"))
      }
    }
    guard case .success(let value) = parsed, let constraint = item.constraint else { return parsed }
    var withThis = answers
    withThis[item.id.value] = value
    if ExpressionEvaluator.evaluate(constraint.expression, answers: withThis) == false {
      let message =
        item.constraintMessage?.value
        ?? "'\(input)' does not meet the constraint '\(constraint.source)'"
      return .failure(AnswerError(message))
    }
    return parsed
  }

  private static func optionRange(_ item: SurveyItem) -> String {
    item.options.count == 1 ? "1" : "1–\(item.options.count)"
  }

  private enum Match {
    case option(ChoiceOption)
    case noSuchNumber
    case none
  }

  /// The option a token names: its number, value or label, ignoring case.
  private static func match(_ token: String, _ item: SurveyItem) -> Match {
    if let number = Int(token) {
      return item.options.indices.contains(number - 1)
        ? .option(item.options[number - 1]) : .noSuchNumber
    }
    let lowered = token.lowercased()
    let found = item.options.first {
      $0.value.value.lowercased() == lowered || $0.label.value.lowercased() == lowered
    }
    return found.map(Match.option) ?? .none
  }

  private static func single(_ input: String, _ item: SurveyItem) -> Result<
    AnswerValue, AnswerError
  > {
    switch match(input, item) {
    case .option(let choice): return .success(.text(choice.value.value))
    case .noSuchNumber:
      return .failure(AnswerError("there is no option \(input): type \(optionRange(item))"))
    case .none: return otherText(input, item).map { .text($0) }
    }
  }

  private static func multiple(_ input: String, _ item: SurveyItem) -> Result<
    AnswerValue, AnswerError
  > {
    let onlyNumbers = input.allSatisfy { $0.isNumber || $0 == " " || $0 == "," }
    let tokens =
      onlyNumbers
      ? input.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
      : commaSeparated(input, item)
    var chosen = Set<String>()
    var others: [String] = []
    for token in tokens {
      switch match(token, item) {
      case .option(let choice): chosen.insert(choice.value.value)
      case .noSuchNumber:
        return .failure(AnswerError("there is no option \(token): type \(optionRange(item))"))
      case .none:
        switch otherText(token, item) {
        case .success(let text): if !others.contains(text) { others.append(text) }
        case .failure(let error): return .failure(error)
        }
      }
    }
    let ordered = item.options.map(\.value.value).filter(chosen.contains)
    return .success(.choices(ordered + others))
  }

  /// Splits at commas, except inside an option label or `other` label that has commas.
  private static func commaSeparated(_ input: String, _ item: SurveyItem) -> [String] {
    let known = Set(
      (item.options.flatMap { [$0.value.value, $0.label.value] }
        + [item.other?.value].compactMap { $0 })
        .map { $0.lowercased() })
    let segments = input.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    var tokens: [String] = []
    var start = 0
    while start < segments.count {
      var end = start
      for candidate in stride(from: segments.count - 1, to: start, by: -1) {
        let joined = segments[start...candidate].joined(separator: ",")
        if known.contains(joined.trimmingCharacters(in: .whitespaces).lowercased()) {
          end = candidate
          break
        }
      }
      tokens.append(
        segments[start...end].joined(separator: ",").trimmingCharacters(in: .whitespaces))
      start = end + 1
    }
    return tokens.filter { !$0.isEmpty }
  }

  private static func otherText(_ text: String, _ item: SurveyItem) -> Result<String, AnswerError> {
    guard let other = item.other?.value else {
      return .failure(
        AnswerError("'\(text)' is not an option: type \(optionRange(item)) or an option's name"))
    }
    if text.lowercased() == other.lowercased() {
      return .failure(AnswerError("type the participant's own words for '\(other)'"))
    }
    return .success(text)
  }

  private static func number(_ input: String, _ item: SurveyItem, whole: Bool) -> Result<
    AnswerValue, AnswerError
  > {
    let lower = item.min?.value
    let upper = item.max?.value
    let kind = whole ? "a whole number" : "a number"
    let range: String
    switch (lower, upper) {
    case (let lower?, let upper?): range = "\(kind) from \(format(lower)) to \(format(upper))"
    case (let lower?, nil): range = "\(kind) of at least \(format(lower))"
    case (nil, let upper?): range = "\(kind) of at most \(format(upper))"
    case (nil, nil): range = kind
    }
    let value = whole ? Int(input).map(Double.init) : Double(input)
    guard let value, value.isFinite else {
      return .failure(AnswerError("'\(input)' is not \(kind): type \(range)"))
    }
    if let lower, value < lower {
      return .failure(AnswerError("\(input) is too small: type \(range)"))
    }
    if let upper, value > upper {
      return .failure(AnswerError("\(input) is too large: type \(range)"))
    }
    return .success(.number(value))
  }

  /// `3` rather than `3.0` for whole numbers.
  static func format(_ value: Double) -> String {
    if value.rounded() == value, abs(value) < 1e15 { return String(Int(value)) }
    return String(value)
  }
}

/// Why a typed answer was not accepted; the message is shown as is.
struct AnswerError: Error, Equatable {
  var message: String
  init(_ message: String) { self.message = message }
}

extension AnswerParser {
  /// How to answer an item, in a few words, for the screen and for refusals.
  static func hint(for item: SurveyItem) -> String {
    let count = item.options.count
    let numbers = count == 1 ? "1" : "1–\(count)"
    switch item.type {
    case .singleChoice:
      return item.other == nil
        ? "type \(numbers) or an option's name"
        : "type \(numbers), an option's name, or their own words"
    case .multipleChoice:
      return "type the numbers that apply, e.g. 1 3, or names separated by commas"
        + (item.other == nil ? "" : " (their own words too)")
    case .text: return "type the answer"
    case .integer, .number, .scale:
      let kind = item.type == .number ? "a number" : "a whole number"
      switch (item.min?.value, item.max?.value) {
      case (let lower?, let upper?): return "type \(kind) from \(format(lower)) to \(format(upper))"
      case (let lower?, nil): return "type \(kind) of at least \(format(lower))"
      case (nil, let upper?): return "type \(kind) of at most \(format(upper))"
      case (nil, nil): return "type \(kind)"
      }
    case .date: return "type a date as YYYY-MM-DD"
    case .yesNo, .consent: return "type y or n"
    }
  }
}

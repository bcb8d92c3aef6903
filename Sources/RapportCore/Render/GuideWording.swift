/// The words the guide uses for times, answer kinds and conditions, shared by every format.
public enum GuideWording {
  /// A time as an interviewer reads it: `5 min`, `4 min 30 s`, `90 min`, `2 h 30 min`.
  ///
  /// Under two hours it is counted in minutes, as sessions are planned ("a 90-minute interview").
  public static func duration(_ duration: PlannedDuration) -> String {
    let hours = duration.seconds >= 7200 ? duration.seconds / 3600 : 0
    let minutes = (duration.seconds - hours * 3600) / 60
    let seconds = duration.seconds % 60
    var parts: [String] = []
    if hours > 0 { parts.append("\(hours) h") }
    if minutes > 0 { parts.append("\(minutes) min") }
    if seconds > 0 || parts.isEmpty { parts.append("\(seconds) s") }
    return parts.joined(separator: " ")
  }

  /// The session clock, hours and minutes since the start: `0:14`, `1:05`, `0:04:30`.
  public static func clock(_ elapsed: PlannedDuration) -> String {
    let hours = elapsed.seconds / 3600
    let minutes = elapsed.seconds % 3600 / 60
    let seconds = elapsed.seconds % 60
    let base = "\(hours):\(twoDigits(minutes))"
    return seconds == 0 ? base : base + ":\(twoDigits(seconds))"
  }

  /// A step's time plan: `5 min · by 0:14`.
  public static func timing(_ timing: GuidePlan.Timing) -> String {
    "\(duration(timing.budget)) · by \(clock(timing.endsBy))"
  }

  /// How the budgets compare with the planned duration, or nil when there is nothing to say.
  public static func totals(_ plan: GuidePlan) -> String? {
    guard let total = plan.totalBudget else { return nil }
    var text = "Budgets add up to \(duration(total))"
    if let planned = plan.duration {
      if total > planned {
        let over = PlannedDuration(seconds: total.seconds - planned.seconds)
        text += ", \(duration(over)) more than the planned \(duration(planned))"
      } else {
        text += " of the planned \(duration(planned))"
      }
    }
    return text + "."
  }

  /// A `when:` or `constraint:` on one line, as written.
  static func condition(_ source: String) -> String {
    source.split(whereSeparator: \.isNewline)
      .map { trimmed($0) }
      .filter { !$0.isEmpty }
      .joined(separator: " ")
  }

  /// The heading of a survey-item step.
  static func itemTitle(_ type: ItemType) -> String {
    switch type {
    case .singleChoice: "Single choice"
    case .multipleChoice: "Multiple choice"
    case .text: "Free text"
    case .integer: "Whole number"
    case .number: "Number"
    case .scale: "Scale"
    case .date: "Date"
    case .yesNo: "Yes or no"
    case .consent: "Consent"
    }
  }

  /// What kind of answer an item takes, in words: `whole number from 1 to 6`.
  static func answer(_ item: SurveyItem) -> String {
    let range = range(item)
    switch item.type {
    case .singleChoice: return "choose one"
    case .multipleChoice: return "choose any that apply"
    case .text: return "free text"
    case .integer: return "whole number" + range
    case .number: return "number" + range
    case .scale: return "scale" + range
    case .date: return "date (YYYY-MM-DD)"
    case .yesNo: return "yes or no"
    case .consent: return "consent (yes or no)"
    }
  }

  private static func range(_ item: SurveyItem) -> String {
    func end(_ value: Located<Double>?, _ label: Located<String>?) -> String? {
      guard let value else { return nil }
      let number = ConditionExpression.format(value.value)
      return label.map { "\(number) (\($0.value))" } ?? number
    }
    switch (end(item.min, item.minLabel), end(item.max, item.maxLabel)) {
    case (let low?, let high?): return " from \(low) to \(high)"
    case (let low?, nil): return ", at least \(low)"
    case (nil, let high?): return ", at most \(high)"
    case (nil, nil): return ""
    }
  }

  private static func trimmed(_ line: Substring) -> String {
    var slice = line
    while let first = slice.first, first.isWhitespace { slice = slice.dropFirst() }
    while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
    return String(slice)
  }

  private static func twoDigits(_ value: Int) -> String {
    value < 10 ? "0\(value)" : "\(value)"
  }
}

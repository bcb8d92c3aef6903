/// The columns of the answers table: one per item, one 0/1 column per option of a
/// multiple-choice item, and what each column means (for the codebook and Table Schema).
public struct AnswerColumn: Equatable, Sendable {
  public enum Coding: Equatable, Sendable {
    /// The answer as stored: option value, text, number or date.
    case value
    /// 1 when the option was chosen, 0 when not, empty when the item was not answered.
    case option(value: String, label: String)
    /// A multiple-choice item's own words, when they are not one of its options.
    case otherText
    /// 1 for yes, 0 for no.
    case boolean
  }

  public var name: String
  public var item: String
  public var question: String
  public var type: ItemType?
  public var coding: Coding
  /// The item's options, for a single-choice value column.
  public var options: [ItemOutline.Option]
  /// True when a value outside `options` may appear (an "other" choice, or no protocol).
  public var isOpen: Bool

  /// The columns for every item the outline names, then items only the records hold.
  public static func columns(outline: ProtocolOutline?, records: [SessionRecord]) -> [AnswerColumn]
  {
    var items = (outline?.attributes ?? []) + (outline?.surveyItems ?? [])
    var observed: [String: [AnswerValue]] = [:]
    var order: [String] = []
    for answer in records.flatMap({ $0.attributes + $0.answers }) {
      if observed[answer.item] == nil { order.append(answer.item) }
      observed[answer.item, default: []].append(answer.value)
    }
    for id in order where !items.contains(where: { $0.id == id }) {
      items.append(inferred(id, from: observed[id] ?? []))
    }
    return items.flatMap { columns(for: $0, known: outline != nil, seen: observed[$0.id] ?? []) }
  }

  private static func columns(for item: ItemOutline, known: Bool, seen: [AnswerValue])
    -> [AnswerColumn]
  {
    func column(_ name: String, _ coding: Coding, open: Bool = false) -> AnswerColumn {
      AnswerColumn(
        name: name, item: item.id, question: item.ask, type: known ? item.type : nil,
        coding: coding, options: item.options, isOpen: open)
    }
    switch item.type {
    case .multipleChoice:
      let values = Set(item.options.map(\.value))
      let unlisted = seen.contains { value in
        if case .choices(let chosen) = value { return chosen.contains { !values.contains($0) } }
        return false
      }
      return item.options.map {
        column("\(item.id)__\($0.value)", .option(value: $0.value, label: $0.label))
      }
        + (item.other != nil || unlisted ? [column("\(item.id)__other", .otherText)] : [])
    case .yesNo, .consent:
      return [column(item.id, .boolean)]
    case .singleChoice:
      return [column(item.id, .value, open: item.other != nil || !known)]
    default:
      return [column(item.id, .value, open: true)]
    }
  }

  /// An item the protocol does not describe, typed from the answers seen.
  private static func inferred(_ id: String, from values: [AnswerValue]) -> ItemOutline {
    var choices: [String] = []
    for case .choices(let chosen) in values {
      for choice in chosen where !choices.contains(choice) { choices.append(choice) }
    }
    let type: ItemType =
      switch values.first {
      case .choices?: .multipleChoice
      case .boolean?: .yesNo
      case .number?: .number
      case .date?: .date
      default: .text
      }
    return ItemOutline(
      id: id, type: type, ask: id, options: choices.map { .init(value: $0, label: $0) })
  }

  /// This column's cell for one answer (nil = not answered: an empty cell).
  public func cell(_ value: AnswerValue?) -> String {
    guard let value else { return "" }
    switch (coding, value) {
    case (.option(let option, _), .choices(let chosen)): return chosen.contains(option) ? "1" : "0"
    case (.otherText, .choices(let chosen)):
      let listed = Set(options.map(\.value))
      return chosen.filter { !listed.contains($0) }.joined(separator: "; ")
    case (.boolean, .boolean(let flag)): return flag ? "1" : "0"
    case (_, .text(let text)), (_, .date(let text)): return text
    case (_, .number(let number)): return AnswerText.format(number)
    case (_, .boolean(let flag)): return flag ? "1" : "0"
    case (_, .choices(let chosen)): return chosen.joined(separator: "; ")
    }
  }
}

extension NodeReader {
  /// A typed survey item (a step or a participant attribute); nil when its type is unknown.
  mutating func readItem(_ fields: Fields, id: Located<String>?, when: Condition?) -> SurveyItem? {
    guard let typeName = text(fields, "type", required: true) else { return nil }
    guard let type = ItemType(rawValue: typeName.value) else {
      let known = ItemType.allCases.map(\.rawValue)
      var message = "unknown item type '\(typeName.value)'"
      if let guess = SpellingSuggestion.closest(to: typeName.value, among: known) {
        message += " (did you mean '\(guess)'?)"
      } else {
        message += " (known: \(known.joined(separator: ", ")))"
      }
      error("unknown-value", message, at: typeName.location)
      return nil
    }
    checkApplicable(fields, type)
    var item = SurveyItem(
      id: id ?? Located("", at: fields.location), type: type,
      ask: text(fields, "ask", required: true) ?? Located("", at: fields.location),
      required: bool(fields, "required") ?? false,
      constraint: condition(fields, "constraint"),
      constraintMessage: text(fields, "constraint-message"), note: text(fields, "note"),
      when: when, location: fields.location)
    if type.hasOptions {
      item.options = readOptions(fields)
      item.other = text(fields, "other")
    }
    if type.hasRange {
      item.min = wholeNumber(fields, "min", type)
      item.max = wholeNumber(fields, "max", type)
      if type == .scale {
        for key in ["min", "max"] where !fields.has(key) {
          missing(key, in: fields, " (a scale runs from 'min' to 'max')")
        }
        item.minLabel = text(fields, "min-label")
        item.maxLabel = text(fields, "max-label")
      }
    }
    return item
  }

  /// Reports keys that the item's type has no use for, e.g. `options` on a text item.
  private mutating func checkApplicable(_ fields: Fields, _ type: ItemType) {
    var unused: [(key: String, types: String)] = []
    if !type.hasOptions {
      unused += [("options", "single-choice and multiple-choice"), ("other", "choice")]
    }
    if !type.hasRange {
      unused += [("min", "integer, number and scale"), ("max", "integer, number and scale")]
    }
    if type != .scale { unused += [("min-label", "scale"), ("max-label", "scale")] }
    for (key, types) in unused where fields.has(key) {
      error(
        "not-applicable", "'\(key)' only applies to \(types) items, not to '\(type.rawValue)'",
        at: fields.keyLocation(key))
    }
  }

  /// `min`/`max`, which must be whole for integer and scale items.
  private mutating func wholeNumber(
    _ fields: Fields, _ key: String, _ type: ItemType
  ) -> Located<Double>? {
    guard let value = number(fields, key) else { return nil }
    if type != .number, value.value != value.value.rounded() {
      error(
        "wrong-type", "'\(key)' must be a whole number for a '\(type.rawValue)' item",
        at: value.location)
    }
    return value
  }

  /// `- Label` or `- value: Label` entries; a missing `options` key is left to lint.
  private mutating func readOptions(_ fields: Fields) -> [ChoiceOption] {
    guard let node = fields["options"] else { return [] }
    guard tree.kind(node) == .sequence else {
      wrongType("options", node, expected: "a list of choices")
      return []
    }
    var options: [ChoiceOption] = []
    for element in tree.entries(node) {
      let entries = tree.entries(element)
      switch tree.kind(element) {
      case .scalar:
        if let label = text(element, key: "options", inList: true) {
          options.append(ChoiceOption(label))
        }
      case .mapping where entries.count == 2:
        guard let key = entries.first, let value = entries.last,
          let valueText = text(key, key: "options", inList: true),
          let label = text(value, key: "options", inList: true)
        else { continue }
        options.append(ChoiceOption(value: valueText, label: label))
      default:
        error(
          "wrong-type",
          "an option is written 'Label' or 'value: Label', not \(quoted(element))",
          at: location(element))
      }
    }
    return options
  }
}

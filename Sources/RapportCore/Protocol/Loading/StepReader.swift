extension NodeReader {
  /// A list of steps (the protocol's or a section's); unreadable steps are left out.
  mutating func readSteps(_ node: YAMLNode, key: String) -> [Step] {
    guard tree.kind(node) == .sequence else {
      wrongType(key, node, expected: "a list of steps")
      return []
    }
    let entries = tree.entries(node)
    var steps: [Step] = []
    steps.reserveCapacity(entries.count)
    for entry in entries {
      if let step = readStep(entry) { steps.append(step) }
    }
    return steps
  }

  private mutating func readStep(_ node: YAMLNode) -> Step? {
    guard let fields = fields(node, what: "a step") else { return nil }
    let id = text(fields, "id", required: true)
    let when = condition(fields, "when")
    let kinds = fields.keys.filter { ProtocolKeys.kinds.contains($0) }
    if kinds.count > 1 {
      // Which kind was meant is unclear, so the step's other keys are not checked.
      for extra in kinds.dropFirst() {
        error(
          "conflicting-keys",
          "a step has one kind, but this one has both '\(kinds[0])' and '\(extra)'",
          at: fields.keyLocation(extra))
      }
      if let id { skippedIDs.insert(id.value) }
      return nil
    }
    let kindKey = kinds.first ?? (fields.has("type") ? "ask" : nil)
    guard let kindKey else {
      error(
        "missing-field",
        "a step needs one of 'ask', 'checklist', 'marker', 'section' or 'end'",
        at: fields.location)
      if let id { skippedIDs.insert(id.value) }
      return nil
    }
    guard let kind = readKind(kindKey, fields, id: id, when: when) else {
      if let id { skippedIDs.insert(id.value) }
      return nil
    }
    return Step(
      id: id ?? Located("", at: fields.location), when: when, kind: kind,
      location: fields.location)
  }

  private mutating func readKind(
    _ kindKey: String, _ fields: Fields, id: Located<String>?, when: Condition?
  ) -> Step.Kind? {
    switch kindKey {
    case "ask" where fields.has("type"):
      checkKeys(fields, allowed: ProtocolKeys.itemStep, in: "a survey item")
      return readItem(fields, id: id, when: when).map(Step.Kind.item)
    case "ask":
      checkKeys(fields, allowed: ProtocolKeys.questionStep, in: "an open question")
      return .question(readQuestion(fields, id: id))
    case "checklist":
      checkKeys(fields, allowed: ProtocolKeys.checklistStep, in: "a checklist")
      return .checklist(readChecklist(fields))
    case "marker":
      checkKeys(fields, allowed: ProtocolKeys.markerStep, in: "a marker")
      return .marker(readMarker(fields))
    case "section":
      checkKeys(fields, allowed: ProtocolKeys.sectionStep, in: "a section")
      let title = required(fields, "section")
      guard let steps = fields["steps"] else {
        missing("steps", in: fields, " (the steps of the section)")
        return .section(Section(title: title, steps: []))
      }
      return .section(Section(title: title, steps: readSteps(steps, key: "steps")))
    default:
      checkKeys(fields, allowed: ProtocolKeys.endStep, in: "an end step")
      return .end(EndStep(text: required(fields, "end")))
    }
  }

  /// A kind's main text; when it is empty or malformed (reported), an empty placeholder keeps
  /// the step in the model so its id still counts for duplicate and reference checks.
  private mutating func required(_ fields: Fields, _ key: String) -> Located<String> {
    text(fields, key, required: true) ?? Located("", at: fields.keyLocation(key))
  }

  private mutating func readQuestion(_ fields: Fields, id: Located<String>?) -> OpenQuestion {
    let ask = required(fields, "ask")
    let prompts = textList(fields, "prompts")
    // A misspelt `prompts` key is already reported as unknown; do not warn twice.
    let known = ProtocolKeys.questionStep
    let misspelt = fields.keys.contains {
      !known.contains($0) && SpellingSuggestion.closest(to: $0, among: ["prompts"]) != nil
    }
    if prompts == nil, !misspelt {
      diagnostics.append(
        .warning(
          "no-prompts",
          "question '\(id?.value ?? "")' has no 'prompts' (write 'prompts: []' if that is on purpose)",
          at: fields.location))
    }
    return OpenQuestion(
      label: text(fields, "label"), ask: ask, prompts: prompts ?? [],
      rephrasings: textList(fields, "rephrase") ?? [], roundUp: text(fields, "round-up"),
      budget: duration(fields, "budget"), note: text(fields, "note"))
  }

  private mutating func readChecklist(_ fields: Fields) -> Checklist {
    let title = required(fields, "checklist")
    var items: [ChecklistItem] = []
    if let node = fields["items"] {
      if tree.kind(node) == .sequence {
        items = tree.entries(node).compactMap { readChecklistItem($0) }
      } else {
        wrongType("items", node, expected: "a list of things to tick off")
      }
    } else {
      missing("items", in: fields, " (the things to tick off)")
    }
    return Checklist(
      title: title, items: items, budget: duration(fields, "budget"), note: text(fields, "note"))
  }

  private mutating func readChecklistItem(_ node: YAMLNode) -> ChecklistItem? {
    if tree.kind(node) == .scalar {
      return text(node, key: "items", inList: true).map { ChecklistItem(text: $0) }
    }
    guard let fields = fields(node, what: "a checklist item") else { return nil }
    checkKeys(fields, allowed: ProtocolKeys.checklistItem, in: "a checklist item")
    guard let text = text(fields, "text", required: true) else { return nil }
    return ChecklistItem(text: text, required: bool(fields, "required") ?? true)
  }

  private mutating func readMarker(_ fields: Fields) -> Marker {
    let text = required(fields, "marker")
    var action: Marker.Action?
    if let node = fields["action"], let name = self.text(node, key: "action") {
      action = Marker.Action(rawValue: name.value)
      if action == nil {
        let known = Marker.Action.allCases.map(\.rawValue)
        var message = "unknown action '\(name.value)'"
        if let guess = SpellingSuggestion.closest(to: name.value, among: known) {
          message += " (did you mean '\(guess)'?)"
        } else {
          message += " (known: \(known.map { "'\($0)'" }.joined(separator: ", ")))"
        }
        error("unknown-value", message, at: name.location)
      }
    }
    return Marker(text: text, action: action, note: self.text(fields, "note"))
  }
}

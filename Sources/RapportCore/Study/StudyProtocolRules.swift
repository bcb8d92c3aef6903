/// Lint of how a study fits its protocols: the site item and its options, the kept
/// answers, the interview's site attribute, the participant id pattern, the debrief item.
enum StudyProtocolRules {
  static func screening(
    _ plan: StudyPlan, _ screening: ScreeningPlan, _ model: InterviewProtocol
  ) -> [Diagnostic] {
    var found: [Diagnostic] = []
    let items = model.answerableItems
    let ids = items.map(\.id.value)
    func unknown(_ id: Located<String>) -> Diagnostic {
      var message = "the screening protocol has no item '\(id.value)'"
      if let guess = SpellingSuggestion.closest(to: id.value, among: ids) {
        message += " (did you mean '\(guess)'?)"
      }
      return .error("unknown-item", message, at: id.location)
    }
    for id in [screening.siteItem] + screening.keep + screening.keepIfIneligible
    where !ids.contains(id.value) {
      found.append(unknown(id))
    }
    if let pattern = model.participant.idPattern,
      let compiled = try? ParticipantIDPattern(pattern.value)
    {
      let example = ScreeningDecision.respondentIDs.id(1)
      if !compiled.accepts(example) {
        found.append(
          .error(
            "participant-ids",
            "respondents are screened as '\(example)', '\(ScreeningDecision.respondentIDs.id(2))', "
              + "…, which the screening's pattern '\(pattern.value)' does not accept",
            at: screening.protocolPath.location,
            notes: [.init("the pattern is here", at: pattern.location)]))
      }
    }
    if let item = items.first(where: { $0.id.value == screening.siteItem.value }) {
      let values = item.options.map(\.value.value)
      for site in plan.sites where !values.contains(site.id.value) {
        found.append(
          .error(
            "site-not-in-protocol",
            "site '\(site.id.value)' is not an option value of the screening item "
              + "'\(item.id.value)'", at: site.id.location,
            notes: [.init("the item is here", at: item.id.location)]))
      }
    }
    return found
  }

  static func interview(
    _ plan: StudyPlan, _ interview: InterviewPlan, _ model: InterviewProtocol
  ) -> [Diagnostic] {
    var found: [Diagnostic] = []
    let attributes = model.participant.attributes
    if let attribute = attributes.first(where: { $0.id.value == interview.siteAttribute.value }) {
      let values = attribute.options.map(\.value.value)
      for site in plan.sites where !values.contains(site.name.value) {
        found.append(
          .error(
            "site-not-in-protocol",
            "site name '\(site.name.value)' is not an option of the interview's attribute "
              + "'\(attribute.id.value)'", at: site.name.location,
            notes: [.init("the attribute is here", at: attribute.id.location)]))
      }
    } else {
      found.append(
        .error(
          "unknown-item",
          "the interview protocol has no participant attribute '\(interview.siteAttribute.value)'",
          at: interview.siteAttribute.location))
    }
    if let pattern = model.participant.idPattern,
      let compiled = try? ParticipantIDPattern(pattern.value)
    {
      let example = plan.participantIDs.id(plan.participantIDs.first)
      if !compiled.accepts(example) {
        found.append(
          .error(
            "participant-ids",
            "the study's first participant id '\(example)' does not match the interview's "
              + "pattern '\(pattern.value)'", at: plan.participantIDs.location ?? plan.location,
            notes: [.init("the pattern is here", at: pattern.location)]))
      }
    }
    if let compensation = plan.compensation { found += self.compensation(compensation, model) }
    if SitePlaceholders.fieldsUsed(in: model).contains("welfare") {
      for site in plan.sites where site.welfare == nil {
        found.append(
          .error(
            "site-welfare",
            "site '\(site.id.value)' has no 'welfare' text, which the interview shows as "
              + "'{site.welfare}'", at: site.id.location))
      }
    }
    return found
  }

  private static func compensation(_ compensation: StudyCompensation, _ model: InterviewProtocol)
    -> [Diagnostic]
  {
    guard let step = compensation.step else { return [] }
    let flat = model.flattenedSteps.first { $0.step.id.value == step.value }
    guard let flat, case .checklist(let checklist) = flat.step.kind else {
      return [
        .error(
          "compensation-item",
          "the interview protocol has no checklist step '\(step.value)'", at: step.location)
      ]
    }
    guard let item = compensation.item else {
      return [
        .error(
          "compensation-item", "say which item of '\(step.value)' is the compensation ('item: 2')",
          at: step.location)
      ]
    }
    guard (1...max(1, checklist.items.count)).contains(item.value), !checklist.items.isEmpty
    else {
      return [
        .error(
          "compensation-item",
          "checklist '\(step.value)' has \(checklist.items.count) items, not \(item.value)",
          at: item.location)
      ]
    }
    return []
  }
}

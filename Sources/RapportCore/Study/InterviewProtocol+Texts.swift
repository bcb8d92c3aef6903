extension InterviewProtocol {
  /// The protocol with every text shown to the interviewers or read aloud passed through
  /// `transform` (titles, questions, prompts, rephrasings, round-ups, notes, options,
  /// checklist items, markers, ends, role instructions), everything else as it was.
  ///
  /// One walk for both filling in `{site.…}` placeholders and linting them.
  public func mappingTexts(_ transform: (Located<String>) -> String) -> InterviewProtocol {
    func map(_ text: Located<String>) -> Located<String> {
      Located(transform(text), at: text.location)
    }
    func map(_ text: Located<String>?) -> Located<String>? { text.map(map) }
    func map(_ item: SurveyItem) -> SurveyItem {
      var item = item
      item.ask = map(item.ask)
      item.note = map(item.note)
      item.other = map(item.other)
      item.constraintMessage = map(item.constraintMessage)
      item.options = item.options.map { ChoiceOption(value: $0.value, label: map($0.label)) }
      return item
    }
    func map(_ steps: [Step]) -> [Step] {
      steps.map { step in
        var step = step
        switch step.kind {
        case .question(var question):
          question.ask = map(question.ask)
          question.label = map(question.label)
          question.prompts = question.prompts.map(map)
          question.rephrasings = question.rephrasings.map(map)
          question.roundUp = map(question.roundUp)
          question.note = map(question.note)
          step.kind = .question(question)
        case .checklist(var checklist):
          checklist.title = map(checklist.title)
          checklist.note = map(checklist.note)
          checklist.items = checklist.items.map {
            ChecklistItem(text: map($0.text), required: $0.required)
          }
          step.kind = .checklist(checklist)
        case .marker(var marker):
          marker.text = map(marker.text)
          marker.note = map(marker.note)
          step.kind = .marker(marker)
        case .item(let item):
          step.kind = .item(map(item))
        case .section(var section):
          section.title = map(section.title)
          section.steps = map(section.steps)
          step.kind = .section(section)
        case .end(var end):
          end.text = map(end.text)
          step.kind = .end(end)
        }
        return step
      }
    }
    var result = self
    result.title = map(title)
    result.description = map(description)
    result.roles = Roles(lead: map(roles.lead), support: map(roles.support))
    result.participant.attributes = participant.attributes.map(map)
    result.steps = map(steps)
    return result
  }
}

extension InterviewProtocol {
  /// Calls `body` with every text `mappingTexts` transforms, in the same order, without
  /// building a new protocol: lint only reads the texts, and a copy of every step was its
  /// peak memory on large protocols.
  public func forEachText(_ body: (Located<String>) -> Void) {
    func visit(_ text: Located<String>?) {
      if let text { body(text) }
    }
    func visit(_ item: SurveyItem) {
      body(item.ask)
      visit(item.note)
      visit(item.other)
      visit(item.constraintMessage)
      for option in item.options { body(option.label) }
    }
    func visit(_ steps: [Step]) {
      for step in steps {
        switch step.kind {
        case .question(let question):
          body(question.ask)
          visit(question.label)
          question.prompts.forEach(body)
          question.rephrasings.forEach(body)
          visit(question.roundUp)
          visit(question.note)
        case .checklist(let checklist):
          body(checklist.title)
          visit(checklist.note)
          for item in checklist.items { body(item.text) }
        case .marker(let marker):
          body(marker.text)
          visit(marker.note)
        case .item(let item):
          visit(item)
        case .section(let section):
          body(section.title)
          visit(section.steps)
        case .end(let end):
          body(end.text)
        }
      }
    }
    body(title)
    visit(description)
    visit(roles.lead)
    visit(roles.support)
    participant.attributes.forEach(visit)
    visit(steps)
  }
}

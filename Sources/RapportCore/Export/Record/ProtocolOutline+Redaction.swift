extension ProtocolOutline {
  /// The outline with its words redacted, so codebooks and schemas built from the protocol
  /// (option labels such as a school's name) follow `--redact` like the sessions do.
  public func redacted(by redactor: Redactor) -> ProtocolOutline {
    guard !redactor.isEmpty else { return self }
    var copy = self
    copy.title = redactor.redact(title)
    copy.attributes = attributes.map { $0.redacted(by: redactor) }
    copy.steps = steps.map { step in
      var step = step
      step.label = redactor.redact(step.label)
      step.text = redactor.redact(step.text)
      step.prompts = step.prompts.map { redactor.redact($0) }
      step.rephrasings = step.rephrasings.map { redactor.redact($0) }
      step.roundUp = redactor.redact(step.roundUp)
      step.checklistItems = step.checklistItems.map { redactor.redact($0) }
      step.item = step.item?.redacted(by: redactor)
      return step
    }
    return copy
  }
}

extension ItemOutline {
  func redacted(by redactor: Redactor) -> ItemOutline {
    var copy = self
    copy.ask = redactor.redact(ask)
    copy.options = options.map {
      Option(value: redactor.redact($0.value), label: redactor.redact($0.label))
    }
    copy.other = redactor.redact(other)
    return copy
  }
}

extension SessionRecord {
  /// The same record with every human-written text passed through `redactor`.
  ///
  /// Redacting the record, not each file, is what makes `--redact` hold for every format
  /// at once. Ids (session, protocol, steps, the pseudonymous participant ID) and the hash
  /// are kept: they name things and carry no personal data.
  public func redacted(by redactor: Redactor) -> SessionRecord {
    guard !redactor.isEmpty else { return self }
    var copy = self
    copy.protocolTitle = redactor.redact(protocolTitle)
    copy.interviewers = interviewers.map {
      Interviewer(role: $0.role, name: redactor.redact($0.name))
    }
    copy.attributes = attributes.map { $0.redacted(by: redactor) }
    copy.answers = answers.map { $0.redacted(by: redactor) }
    copy.visits = visits.map { visit in
      var visit = visit
      visit.label = redactor.redact(visit.label)
      visit.text = redactor.redact(visit.text)
      visit.moments = visit.moments.map { $0.redacted(by: redactor) }
      return visit
    }
    copy.sessionMoments = sessionMoments.map { $0.redacted(by: redactor) }
    return copy
  }
}

extension SessionRecord.Answer {
  func redacted(by redactor: Redactor) -> SessionRecord.Answer {
    var copy = self
    copy.question = redactor.redact(question)
    copy.display = redactor.redact(display)
    copy.value = value.redacted(by: redactor)
    return copy
  }
}

extension AnswerValue {
  /// The value with its words (free text, choice values) redacted; numbers, yes/no and
  /// dates are kept.
  func redacted(by redactor: Redactor) -> AnswerValue {
    switch self {
    case .text(let text): .text(redactor.redact(text))
    case .choices(let choices): .choices(choices.map { redactor.redact($0) })
    case .number, .boolean, .date: self
    }
  }
}

extension SessionRecord.Moment {
  func redacted(by r: Redactor) -> SessionRecord.Moment {
    let kind: Kind =
      switch kind {
      case .prompt(let index, let text): .prompt(index: index, text: r.redact(text))
      case .rephrased(let index, let text): .rephrased(index: index, text: r.redact(text))
      case .roundUp(let text): .roundUp(text: r.redact(text))
      case .note(let role, let text): .note(role: role, text: r.redact(text))
      case .flag(let text): .flag(text: r.redact(text))
      case .skipped(let reason): .skipped(reason: r.redact(reason))
      case .checked(let item, let text, let isChecked):
        .checked(item: item, text: r.redact(text), isChecked: isChecked)
      case .answered(let answer): .answered(answer.redacted(by: r))
      case .cue(let from, let cueKind, let text):
        .cue(from: from, kind: cueKind, text: r.redact(text))
      case .answerCleared, .paused, .sessionResumed, .recordingStarted, .recordingStopped,
        .outage, .ended:
        kind
      }
    return SessionRecord.Moment(time: time, kind: kind, part: part)
  }
}

extension GuidePlan {
  /// The guide for a protocol: steps numbered in reading order, budgets added up into a clock.
  public init(_ proto: InterviewProtocol) {
    var builder = Builder()
    builder.add(proto.steps, depth: 0)
    let attributes = proto.participant.attributes.map { GuidePlan.Item($0) }
    let hasParticipant =
      proto.participant.idPattern != nil || proto.participant.example != nil
      || !attributes.isEmpty
    self.init(
      title: proto.title.value,
      id: proto.id.value,
      version: proto.version?.value,
      duration: proto.duration?.value,
      description: proto.description?.value,
      roles: [("Lead", proto.roles.lead), ("Support", proto.roles.support)].compactMap {
        name, text in text.map { Role(name: name, instructions: $0.value) }
      },
      participant: hasParticipant
        ? Participant(
          idPattern: proto.participant.idPattern?.value,
          example: proto.participant.example?.value, attributes: attributes) : nil,
      blocks: builder.blocks,
      timePlan: builder.timePlan)
  }
}

/// Walks the steps once, numbering them and running the clock.
private struct Builder {
  var blocks: [GuidePlan.Block] = []
  var timePlan: [GuidePlan.TimeSlot] = []
  var number = 0
  /// Open questions are also counted on their own, matching "Q1"… in the written guide.
  var questionNumber = 0
  var clock = 0

  mutating func add(_ steps: [Step], depth: Int) {
    for step in steps {
      let condition = step.when.map { GuideWording.condition($0.source) }
      if case .section(let section) = step.kind {
        blocks.append(
          .section(
            GuidePlan.SectionHeading(
              title: section.title.value, depth: depth + 1, condition: condition)))
        add(section.steps, depth: depth + 1)
        continue
      }
      guard let (title, content, budget) = describe(step) else { continue }
      number += 1
      var timing: GuidePlan.Timing?
      if let budget {
        clock += budget.seconds
        timing = GuidePlan.Timing(budget: budget, endsBy: PlannedDuration(seconds: clock))
      }
      let entry = GuidePlan.StepEntry(
        number: number, id: step.id.value, depth: depth, title: title, condition: condition,
        timing: timing, content: content)
      blocks.append(.step(entry))
      if let timing {
        timePlan.append(
          GuidePlan.TimeSlot(number: number, id: step.id.value, title: title, timing: timing))
      }
    }
  }

  /// The heading, content and budget of a step; nil for a section, which is a heading.
  mutating func describe(
    _ step: Step
  ) -> (title: String, content: GuidePlan.Content, budget: PlannedDuration?)? {
    switch step.kind {
    case .question(let question):
      let content = GuidePlan.Question(
        readAloud: question.ask.value, prompts: question.prompts.map(\.value),
        rephrasings: question.rephrasings.map(\.value), roundUp: question.roundUp?.value,
        note: question.note?.value)
      questionNumber += 1
      let title = ["Question \(questionNumber)", question.label?.value].compactMap { $0 }
        .joined(separator: " · ")
      return (title, .question(content), question.budget?.value)
    case .checklist(let checklist):
      let content = GuidePlan.ChecklistEntry(
        items: checklist.items.map {
          GuidePlan.ChecklistLine(text: $0.text.value, required: $0.required)
        }, note: checklist.note?.value)
      return (checklist.title.value, .checklist(content), checklist.budget?.value)
    case .marker(let marker):
      let content = GuidePlan.MarkerEntry(
        text: marker.text.value, startsRecording: marker.action == .startsRecording,
        note: marker.note?.value)
      return ("Marker", .marker(content), nil)
    case .item(let item):
      return (GuideWording.itemTitle(item.type), .item(GuidePlan.Item(item)), nil)
    case .end(let end):
      return ("End of session", .end(text: end.text.value), nil)
    case .section:
      return nil
    }
  }
}

extension GuidePlan.Item {
  init(_ item: SurveyItem) {
    var options = item.options.map {
      GuidePlan.Option(
        label: $0.label.value, value: $0.value.value == $0.label.value ? nil : $0.value.value)
    }
    if item.type == .yesNo || item.type == .consent {
      options = [GuidePlan.Option(label: "Yes"), GuidePlan.Option(label: "No")]
    }
    if item.type == .scale { options = Self.scalePoints(item) }
    self.init(
      id: item.id.value, ask: item.ask.value, answer: GuideWording.answer(item),
      options: options, other: item.other?.value, required: item.required,
      condition: item.when.map { GuideWording.condition($0.source) },
      check: item.constraint.map {
        GuidePlan.Check(
          expression: GuideWording.condition($0.source), message: item.constraintMessage?.value)
      }, note: item.note?.value)
  }
}

extension GuidePlan.Item {
  /// One box per point of a whole-number scale of at most 11 points, ends labelled.
  static func scalePoints(_ item: SurveyItem) -> [GuidePlan.Option] {
    guard let low = item.min?.value, let high = item.max?.value,
      low == low.rounded(), high == high.rounded(), low <= high, high - low <= 10
    else { return [] }
    return stride(from: Int(low), through: Int(high), by: 1).map { point in
      var label = "\(point)"
      if Double(point) == low, let end = item.minLabel { label += " (\(end.value))" }
      if Double(point) == high, let end = item.maxLabel { label += " (\(end.value))" }
      return GuidePlan.Option(label: label)
    }
  }
}

extension GuidePlan.Option {
  init(label: String) {
    self.init(label: label, value: nil)
  }
}

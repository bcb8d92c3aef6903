/// Folds journal entries into a `SessionRecord`.
///
/// Independent of the runner's session reducer on purpose: an export must show what the
/// journal says even when the reducer's idea of the session changes. Events about a step
/// that is not on screen go to that step's latest visit; a skip of a step never entered
/// gets a visit of its own, so no skip reason is lost.
public struct SessionRecordBuilder {
  private let outline: ProtocolOutline?
  private let start: SessionStart
  private let entries: [JournalEntry]
  private let pauses: PauseTimeline
  private let base: Double
  private let startClock: Double
  private let endClock: Double
  private let attributeIDs: Set<String>

  private var visits: [SessionRecord.Visit] = []
  private var openVisit: Int?
  private var sessionMoments: [SessionRecord.Moment] = []
  private var attributes: [String: SessionRecord.Answer] = [:]
  private var answers: [String: SessionRecord.Answer] = [:]
  private var answerOrder: [String] = []
  private var status = SessionRecord.Status.inProgress
  private var endStep: String?
  private var warnings: [String] = []

  /// Builds the record of one journal; `outline` is the protocol parsed from the snapshot.
  public static func build(entries: [JournalEntry], outline: ProtocolOutline?) throws(ExportError)
    -> SessionRecord
  {
    guard case .sessionStarted(let start)? = entries.first?.event else {
      throw .notASessionJournal
    }
    var builder = SessionRecordBuilder(start: start, entries: entries, outline: outline)
    return builder.run()
  }

  private init(start: SessionStart, entries: [JournalEntry], outline: ProtocolOutline?) {
    self.start = start
    self.entries = entries
    self.outline = outline
    startClock = entries.first?.clock ?? 0
    let ended = entries.first { if case .ended = $0.event { true } else { false } }
    endClock = ended?.clock ?? entries.map(\.clock).max() ?? startClock
    pauses = PauseTimeline(entries: entries, endClock: endClock)
    let marks = entries.filter { $0.event == .recordingStarted }
    base = marks.first?.clock ?? startClock
    if marks.count > 1 {
      warnings.append("the recording was marked \(marks.count) times; times follow the first mark")
    }
    var ids = Set(outline?.attributes.map(\.id) ?? [])
    for entry in entries {
      if case .attributeRecorded(let item, _) = entry.event { ids.insert(item) }
    }
    attributeIDs = ids
  }

  private mutating func run() -> SessionRecord {
    for entry in entries.dropFirst() { apply(entry) }
    if let open = openVisit { close(open, at: endClock) }
    return SessionRecord(
      sessionID: start.sessionID, protocolID: start.protocolID,
      protocolTitle: outline.flatMap { $0.title.isEmpty ? nil : $0.title },
      protocolVersion: start.protocolVersion, protocolSHA256: start.protocolSHA256,
      snapshotIsIntact: start.snapshotIsIntact, participant: start.participant,
      interviewers: interviewers, startedAt: entries.first?.at ?? .distantPast, status: status,
      endStep: endStep, plannedSeconds: outline?.plannedSeconds,
      activeSeconds: pauses.activeSeconds(from: startClock, to: endClock),
      pausedSeconds: pauses.totalPaused, timeBase: hasMark ? .recording : .sessionStart,
      recordingOffset: hasMark ? base - startClock : nil, endTime: endClock - base,
      attributes: ordered(attributes, first: outline?.attributes.map(\.id) ?? []),
      answers: ordered(answers, first: outline?.surveyItems.map(\.id) ?? []),
      visits: visits, sessionMoments: sessionMoments,
      pauses: pauses.spans.map {
        SessionRecord.Pause(
          start: $0.start - base, end: $0.resumed ? $0.end - base : nil, seconds: $0.end - $0.start)
      },
      warnings: warnings)
  }

  private var hasMark: Bool { entries.contains { $0.event == .recordingStarted } }

  private var interviewers: [SessionRecord.Interviewer] {
    [(Role.lead, start.lead), (.support, start.support)].compactMap { role, name in
      guard let name, !name.isEmpty else { return nil }
      return SessionRecord.Interviewer(role: role, name: name)
    }
  }

  private mutating func apply(_ entry: JournalEntry) {
    let clock = entry.clock
    switch entry.event {
    case .sessionStarted:
      warnings.append("a second 'session-started' line was ignored")
    case .stepEntered(let step):
      if let open = openVisit { close(open, at: clock) }
      openVisit = visits.count
      visits.append(newVisit(step, at: clock))
    case .stepLeft(let step):
      if let open = openVisit, visits[open].step == step { close(open, at: clock) }
    case .promptUsed(let step, let index):
      let text = outline?.step(step)?.prompts.element(oneBased: index)
      attach(step, .prompt(index: index, text: text), at: clock)
    case .rephrased(let step, let index):
      let text = outline?.step(step)?.rephrasings.element(oneBased: index)
      attach(step, .rephrased(index: index, text: text), at: clock)
    case .roundedUp(let step):
      attach(step, .roundUp(text: outline?.step(step)?.roundUp), at: clock)
    case .noted(let step, let role, let text):
      if let step {
        attach(step, .note(role: role, text: text), at: clock)
      } else {
        sessionMoments.append(moment(.note(role: role, text: text), at: clock))
      }
    case .flagged(let step, let text):
      attach(step ?? openStep, .flag(text: text), at: clock)
    case .answered(let item, let value), .attributeRecorded(let item, let value):
      let answer = record(item, value, at: clock)
      attach(item, .answered(answer), at: clock)
    case .answerCleared(let item):
      attributes[item] = nil
      answers[item] = nil
      attach(item, .answerCleared(item: item), at: clock)
    case .checked(let step, let item, let isChecked):
      let text = outline?.step(step)?.checklistItems.element(oneBased: item)
      attach(step, .checked(item: item, text: text, isChecked: isChecked), at: clock)
    case .skipped(let step, let reason):
      if latestVisit(of: step) == nil {
        var visit = newVisit(step, at: clock)
        visit.left = clock - base
        visits.append(visit)
      }
      attach(step, .skipped(reason: reason), at: clock)
    case .recordingStarted: attach(openStep, .recordingStarted, at: clock)
    case .paused:
      if let span = pauses.span(startingAt: clock) {
        attach(openStep, .paused(seconds: span.end - span.start, resumed: span.resumed), at: clock)
      }
    case .resumed: break
    case .sessionResumed: attach(openStep, .sessionResumed, at: clock)
    case .cue(let from, let kind, let text):
      attach(openStep, .cue(from: from, kind: kind, text: text), at: clock)
    case .ended(let reason):
      if let open = openVisit { close(open, at: clock) }
      openVisit = nil
      switch reason {
      case .completed: status = .completed
      case .endedEarly: status = .endedEarly
      case .screenedOut(let step):
        status = .screenedOut
        endStep = step
      }
      sessionMoments.append(moment(.ended(status), at: clock))
    }
  }

  private var openStep: String? { openVisit.map { visits[$0].step } }

  private func moment(_ kind: SessionRecord.Moment.Kind, at clock: Double) -> SessionRecord.Moment {
    SessionRecord.Moment(time: clock - base, kind: kind)
  }

  private func latestVisit(of step: String) -> Int? {
    if let open = openVisit, visits[open].step == step { return open }
    return visits.lastIndex { $0.step == step }
  }

  private mutating func attach(_ step: String?, _ kind: SessionRecord.Moment.Kind, at clock: Double)
  {
    if let step, let index = latestVisit(of: step) {
      visits[index].moments.append(moment(kind, at: clock))
    } else {
      sessionMoments.append(moment(kind, at: clock))
    }
  }

  private func newVisit(_ step: String, at clock: Double) -> SessionRecord.Visit {
    let outlineStep = outline?.step(step)
    let attribute = outline?.attribute(step)
    return SessionRecord.Visit(
      step: step, occurrence: visits.count { $0.step == step } + 1,
      kind: outlineStep?.kind ?? (attribute != nil ? .item : nil),
      isAttribute: attributeIDs.contains(step), label: outlineStep?.label,
      text: outlineStep?.text ?? attribute?.ask, entered: clock - base, left: clock - base,
      seconds: 0)
  }

  private mutating func close(_ index: Int, at clock: Double) {
    let enteredClock = visits[index].entered + base
    visits[index].left = max(clock, enteredClock) - base
    visits[index].seconds = pauses.activeSeconds(from: enteredClock, to: clock)
    if openVisit == index { openVisit = nil }
  }

  private mutating func record(_ item: String, _ value: AnswerValue, at clock: Double)
    -> SessionRecord.Answer
  {
    let outlineItem = outline?.attribute(item) ?? outline?.step(item)?.item
    let answer = SessionRecord.Answer(
      item: item, question: outlineItem?.ask, type: outlineItem?.type, value: value,
      display: AnswerText.display(value, item: outlineItem), time: clock - base)
    if !answerOrder.contains(item) { answerOrder.append(item) }
    if attributeIDs.contains(item) { attributes[item] = answer } else { answers[item] = answer }
    return answer
  }

  private func ordered(_ values: [String: SessionRecord.Answer], first: [String])
    -> [SessionRecord.Answer]
  {
    let rest = answerOrder.filter { !first.contains($0) }
    return (first + rest).compactMap { values[$0] }
  }
}

extension Array {
  /// The element at a one-based index, as the journal and the screen count.
  func element(oneBased index: Int) -> Element? {
    index >= 1 && index <= count ? self[index - 1] : nil
  }
}

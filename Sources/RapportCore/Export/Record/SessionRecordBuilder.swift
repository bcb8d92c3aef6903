import Foundation

/// Folds journal entries into a `SessionRecord`.
///
/// Independent of the runner's session reducer on purpose: an export must show what the
/// journal says even when the reducer's idea of the session changes. Events about a step
/// that is not on screen go to that step's latest visit; a skip of a step never entered
/// gets a visit of its own, so no skip reason is lost.
/// Folds journal entries into a `SessionRecord`.
///
/// The structure (visits, moments) is its own fold, so an export shows what the journal
/// says even when the live state's idea of the session changes; every time comes from the
/// one model of time, `SessionTimeline`, replayed over the whole journal first (an answer
/// given after an outage decides the times before it). Events about a step that is not on
/// screen go to that step's latest visit; a skip of a step never entered gets a visit of
/// its own, so no skip reason is lost.
public struct SessionRecordBuilder {
  private let outline: ProtocolOutline?
  private let start: SessionStart
  private let entries: [JournalEntry]
  private let timeline: SessionTimeline
  private let attributeIDs: Set<String>

  private var visits: [SessionRecord.Visit] = []
  private var visitStarts: [Double] = []
  private var openVisit: Int?
  private var sessionMoments: [SessionRecord.Moment] = []
  private var attributes: [String: SessionRecord.Answer] = [:]
  private var answers: [String: SessionRecord.Answer] = [:]
  private var answerOrder: [String] = []
  private var status = SessionRecord.Status.inProgress
  private var endStep: String?
  private var warnings: [String] = []
  private var pauses: [SessionRecord.Pause] = []
  private var openPause: (entry: JournalEntry, seconds: Double)?
  private var outageCount = 0

  /// Builds the record of one journal; `outline` is the protocol parsed from the snapshot,
  /// `snapshotIsIntact` whether the snapshot matches its hash when known already.
  public static func build(
    entries: [JournalEntry], outline: ProtocolOutline?, snapshotIsIntact: Bool? = nil
  ) throws(ExportError) -> SessionRecord {
    guard case .sessionStarted(let start)? = entries.first?.event else {
      throw .notASessionJournal
    }
    var builder = SessionRecordBuilder(start: start, entries: entries, outline: outline)
    var record = builder.run()
    record.snapshotIsIntact = snapshotIsIntact ?? start.snapshotIsIntact
    return record
  }

  private init(start: SessionStart, entries: [JournalEntry], outline: ProtocolOutline?) {
    self.start = start
    self.entries = entries
    self.outline = outline
    timeline = SessionTimeline(entries)
    if timeline.parts.count > 1 {
      warnings.append(
        "the recording has \(timeline.parts.count) parts; times in each are from its own start")
    }
    var ids = Set(outline?.attributes.map(\.id) ?? [])
    for entry in entries {
      if case .attributeRecorded(let item, _) = entry.event { ids.insert(item) }
    }
    attributeIDs = ids
  }

  /// Where the journal stops: its `ended` line, or its last line.
  private var lastEntry: JournalEntry? {
    entries.first { if case .ended = $0.event { true } else { false } } ?? entries.last
  }

  private var endSeconds: Double { timeline.end ?? timeline.last }

  /// The export time of a moment at wall time `wall`: its recording position (from the
  /// start of its part), or without any recording wall time from the session start.
  private func time(_ wall: Date) -> Double {
    if let recording = timeline.recording(at: wall) { return recording.seconds }
    return wall.timeIntervalSince(timeline.startedAt ?? wall)
  }

  private func part(_ wall: Date) -> Int? { timeline.recording(at: wall)?.part }

  private func seconds(_ entry: JournalEntry) -> Double {
    timeline.seconds(of: entry) ?? timeline.last
  }

  private mutating func run() -> SessionRecord {
    for entry in entries.dropFirst() { apply(entry) }
    let last = lastEntry
    if let open = openVisit, let last { close(open, at: last) }
    if let open = openPause {
      pauses.append(
        SessionRecord.Pause(
          start: time(open.entry.at), end: nil, seconds: max(0, endSeconds - open.seconds)))
    }
    let startedAt = timeline.startedAt ?? entries.first?.at ?? .distantPast
    let parts = timeline.parts.map { part in
      SessionRecord.RecordingPart(
        number: part.number, startedAt: part.startedAt,
        offset: part.startedAt.timeIntervalSince(startedAt),
        seconds: part.endedAt.map { $0.timeIntervalSince(part.startedAt) })
    }
    return SessionRecord(
      sessionID: start.sessionID, protocolID: start.protocolID,
      protocolTitle: outline.flatMap { $0.title.isEmpty ? nil : $0.title },
      protocolVersion: start.protocolVersion, protocolSHA256: start.protocolSHA256,
      participant: start.participant,
      interviewers: interviewers, startedAt: startedAt, status: status,
      endStep: endStep, plannedSeconds: outline?.plannedSeconds,
      activeSeconds: timeline.interview(at: endSeconds),
      pausedSeconds: timeline.pausedSeconds(upTo: endSeconds),
      timeBase: parts.isEmpty ? .sessionStart : .recording,
      recordingOffset: parts.first?.offset, endTime: last.map { time($0.at) } ?? 0,
      attributes: ordered(attributes, first: outline?.attributes.map(\.id) ?? []),
      answers: ordered(answers, first: outline?.surveyItems.map(\.id) ?? []),
      visits: visits, sessionMoments: sessionMoments, pauses: pauses, recordingParts: parts,
      outages: outages, warnings: warnings)
  }

  private var outages: [SessionRecord.Outage] {
    timeline.outages.filter { $0.seconds > 0 }.map {
      SessionRecord.Outage(from: $0.from, to: $0.to, recordingRanOn: $0.recordingKeptRunning)
    }
  }

  private var interviewers: [SessionRecord.Interviewer] {
    [(Role.lead, start.lead), (.support, start.support)].compactMap { role, name in
      guard let name, !name.isEmpty else { return nil }
      return SessionRecord.Interviewer(role: role, name: name)
    }
  }

  private mutating func apply(_ entry: JournalEntry) {
    switch entry.event {
    case .sessionStarted:
      warnings.append("a second 'session-started' line was ignored")
    case .stepEntered(let step):
      if let open = openVisit { close(open, at: entry) }
      openVisit = visits.count
      let visit = newVisit(step, at: entry)
      visits.append(visit)
    case .stepLeft(let step):
      if let open = openVisit, visits[open].step == step { close(open, at: entry) }
    case .promptUsed(let step, let index):
      let text = outline?.step(step)?.prompts.element(oneBased: index)
      attach(step, .prompt(index: index, text: text), at: entry)
    case .rephrased(let step, let index):
      let text = outline?.step(step)?.rephrasings.element(oneBased: index)
      attach(step, .rephrased(index: index, text: text), at: entry)
    case .roundedUp(let step):
      attach(step, .roundUp(text: outline?.step(step)?.roundUp), at: entry)
    case .noted(let step, let role, let text):
      if let step {
        attach(step, .note(role: role, text: text), at: entry)
      } else {
        sessionMoments.append(moment(.note(role: role, text: text), at: entry))
      }
    case .flagged(let step, let text):
      attach(step ?? openStep, .flag(text: text), at: entry)
    case .answered(let item, let value), .attributeRecorded(let item, let value):
      let answer = record(item, value, at: entry)
      attach(item, .answered(answer), at: entry)
    case .answerCleared(let item):
      attributes[item] = nil
      answers[item] = nil
      attach(item, .answerCleared(item: item), at: entry)
    case .checked(let step, let item, let isChecked):
      let text = outline?.step(step)?.checklistItems.element(oneBased: item)
      attach(step, .checked(item: item, text: text, isChecked: isChecked), at: entry)
    case .skipped(let step, let reason):
      if latestVisit(of: step) == nil {
        let visit = newVisit(step, at: entry)
        visits.append(visit)
      }
      attach(step, .skipped(reason: reason), at: entry)
    case .recordingStarted: attach(openStep, .recordingStarted, at: entry)
    case .recordingStopped: attach(openStep, .recordingStopped, at: entry)
    case .recordingChecked: break
    case .paused:
      guard openPause == nil,
        let span = timeline.pauses.first(where: { $0.start == seconds(entry) })
      else { break }
      openPause = (entry, span.start)
      let length = (span.end ?? endSeconds) - span.start
      attach(openStep, .paused(seconds: length, resumed: span.resumed), at: entry)
    case .resumed:
      guard let open = openPause else { break }
      pauses.append(
        SessionRecord.Pause(
          start: time(open.entry.at), end: time(entry.at),
          seconds: max(0, seconds(entry) - open.seconds)))
      openPause = nil
    case .sessionResumed:
      if let outage = timeline.outages.element(oneBased: outageCount + 1) {
        outageCount += 1
        if outage.seconds > 0 {
          let kind = SessionRecord.Outage(
            from: outage.from, to: outage.to, recordingRanOn: outage.recordingKeptRunning)
          attach(openStep, .outage(kind), wall: outage.from)
        }
      }
      attach(openStep, .sessionResumed, at: entry)
    case .cue(let from, let kind, let text):
      attach(openStep, .cue(from: from, kind: kind, text: text), at: entry)
    case .ended(let reason):
      if let open = openVisit { close(open, at: entry) }
      openVisit = nil
      switch reason {
      case .completed: status = .completed
      case .endedEarly: status = .endedEarly
      case .screenedOut(let step):
        status = .screenedOut
        endStep = step
      }
      sessionMoments.append(moment(.ended(status), at: entry))
    }
  }

  private var openStep: String? { openVisit.map { visits[$0].step } }

  private func moment(_ kind: SessionRecord.Moment.Kind, at entry: JournalEntry)
    -> SessionRecord.Moment
  {
    SessionRecord.Moment(time: time(entry.at), kind: kind, part: part(entry.at))
  }

  private func latestVisit(of step: String) -> Int? {
    if let open = openVisit, visits[open].step == step { return open }
    return visits.lastIndex { $0.step == step }
  }

  private mutating func attach(
    _ step: String?, _ kind: SessionRecord.Moment.Kind, at entry: JournalEntry
  ) {
    attach(step, kind, wall: entry.at)
  }

  private mutating func attach(_ step: String?, _ kind: SessionRecord.Moment.Kind, wall: Date) {
    let moment = SessionRecord.Moment(time: time(wall), kind: kind, part: part(wall))
    if let step, let index = latestVisit(of: step) {
      visits[index].moments.append(moment)
    } else {
      sessionMoments.append(moment)
    }
  }

  private mutating func newVisit(_ step: String, at entry: JournalEntry) -> SessionRecord.Visit {
    let outlineStep = outline?.step(step)
    let attribute = outline?.attribute(step)
    visitStarts.append(seconds(entry))
    return SessionRecord.Visit(
      step: step, occurrence: visits.count { $0.step == step } + 1,
      kind: outlineStep?.kind ?? (attribute != nil ? .item : nil),
      isAttribute: attributeIDs.contains(step), label: outlineStep?.label,
      text: outlineStep?.text ?? attribute?.ask, entered: time(entry.at), left: time(entry.at),
      seconds: 0, part: part(entry.at))
  }

  private mutating func close(_ index: Int, at entry: JournalEntry) {
    visits[index].left = max(time(entry.at), visits[index].entered)
    visits[index].seconds = timeline.interviewSeconds(
      from: visitStarts[index], to: seconds(entry))
    if openVisit == index { openVisit = nil }
  }

  private mutating func record(_ item: String, _ value: AnswerValue, at entry: JournalEntry)
    -> SessionRecord.Answer
  {
    let outlineItem = outline?.attribute(item) ?? outline?.step(item)?.item
    let answer = SessionRecord.Answer(
      item: item, question: outlineItem?.ask, type: outlineItem?.type, value: value,
      display: AnswerText.display(value, item: outlineItem), time: time(entry.at))
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

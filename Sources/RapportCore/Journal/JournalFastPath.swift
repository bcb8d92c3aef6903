/// Journal entries built straight from `JournalLineParser`'s values, for the lines of the
/// shape Rapport writes: the fast path of `JournalCodec.decode` (replay, resume, join,
/// sessions and export all read every line of a journal).
///
/// It mirrors `JournalEntry.init(from:)` and `SessionEvent.init(from:)` field by field, and
/// gives up (nil) wherever they would throw or where `JSONDecoder`'s own reading could
/// differ: an unknown type, a missing or mistyped key, an integer written with a fraction
/// or exponent, a number too large. `JournalCodec` then asks `JSONDecoder`, so a damaged
/// line is reported, and an unknown event named, exactly as before.
enum JournalFastPath {
  typealias Object = JournalLineParser.Members

  /// The entry a line holds, or nil to let `JSONDecoder` decide.
  static func entry(_ line: UnsafeRawBufferPointer) -> JournalEntry? {
    guard let o = JournalLineParser.object(line), let atText = string(o["at"]),
      let at = JournalTimestamp.parse(atText), let seq = int(o["seq"]),
      let writer = string(o["writer"]), let clock = double(o["clock"]), let event = event(o)
    else { return nil }
    return JournalEntry(seq: seq, writer: writer, at: at, clock: clock, event: event)
  }

  private static func event(_ o: Object) -> SessionEvent? {
    guard let type = string(o["type"]) else { return nil }
    switch type {
    case "session-started": return start(o).map(SessionEvent.sessionStarted)
    case "attribute-recorded":
      guard let item = string(o["item"]), let value = answer(o["value"]) else { return nil }
      return .attributeRecorded(item: item, value: value)
    case "step-entered": return string(o["step"]).map { .stepEntered(step: $0) }
    case "step-left": return string(o["step"]).map { .stepLeft(step: $0) }
    case "prompt-used", "rephrased":
      guard let step = string(o["step"]), let index = int(o["index"]) else { return nil }
      return type == "rephrased"
        ? .rephrased(step: step, index: index) : .promptUsed(step: step, index: index)
    case "rounded-up": return string(o["step"]).map { .roundedUp(step: $0) }
    case "noted":
      guard let step = optional(o["step"]), let role = string(o["role"]).flatMap(Role.init),
        let text = string(o["text"])
      else { return nil }
      return .noted(step: step, role: role, text: text)
    case "answered":
      guard let item = string(o["item"]), let value = answer(o["value"]) else { return nil }
      return .answered(item: item, value: value)
    case "answer-cleared": return string(o["item"]).map { .answerCleared(item: $0) }
    case "checked":
      guard let step = string(o["step"]), let item = int(o["item"]),
        case .bool(let isChecked)? = o["checked"]
      else { return nil }
      return .checked(step: step, item: item, isChecked: isChecked)
    case "skipped":
      guard let step = string(o["step"]), let reason = optional(o["reason"]) else { return nil }
      return .skipped(step: step, reason: reason)
    case "flagged":
      guard let step = optional(o["step"]), let text = optional(o["text"]) else { return nil }
      return .flagged(step: step, text: text)
    case "recording-started": return .recordingStarted
    case "recording-stopped": return .recordingStopped
    case "recording-checked":
      guard case .bool(let running)? = o["still-running"] else { return nil }
      return .recordingChecked(stillRunning: running)
    case "paused": return .paused
    case "resumed": return .resumed
    case "session-resumed": return .sessionResumed
    case "cue":
      guard let from = string(o["from"]).flatMap(Role.init),
        let kind = string(o["kind"]).flatMap(CueKind.init), let text = string(o["text"])
      else { return nil }
      return .cue(from: from, kind: kind, text: text)
    case "ended":
      switch string(o["reason"]) {
      case "completed"?: return .ended(reason: .completed)
      case "screened-out"?: return string(o["step"]).map { .ended(reason: .screenedOut(step: $0)) }
      case "ended-early"?: return .ended(reason: .endedEarly)
      default: return nil
      }
    default: return nil
    }
  }

  private static func start(_ o: Object) -> SessionStart? {
    guard let session = string(o["session"]), let protocolID = string(o["protocol-id"]),
      let version = optional(o["protocol-version"]), let path = string(o["protocol-path"]),
      let text = string(o["protocol-text"]), let sha = string(o["protocol-sha256"]),
      let participant = string(o["participant"]), let lead = optional(o["lead"]),
      let support = optional(o["support"]), let rapport = string(o["rapport-version"]),
      let format = int(o["journal-format"])
    else { return nil }
    return SessionStart(
      sessionID: session, protocolID: protocolID, protocolVersion: version, protocolPath: path,
      protocolText: text, protocolSHA256: sha, participant: participant, lead: lead,
      support: support, rapportVersion: rapport, journalFormat: format)
  }

  /// `JournalAnswer`'s one-key object.
  private static func answer(_ value: JournalLineParser.Value?) -> AnswerValue? {
    guard case .object(let members)? = value, members.count == 1, let key = members.keys.first,
      let inner = members.values.first
    else { return nil }
    switch key {
    case "text": return string(inner).map(AnswerValue.text)
    case "number": return double(inner).map(AnswerValue.number)
    case "date": return string(inner).map(AnswerValue.date)
    case "boolean":
      guard case .bool(let flag) = inner else { return nil }
      return .boolean(flag)
    case "choices":
      guard case .array(let elements) = inner else { return nil }
      var choices: [String] = []
      choices.reserveCapacity(elements.count)
      for element in elements {
        guard let choice = string(element) else { return nil }
        choices.append(choice)
      }
      return .choices(choices)
    default: return nil
    }
  }

  private static func string(_ value: JournalLineParser.Value?) -> String? {
    guard case .string(let text)? = value else { return nil }
    return text
  }

  /// A present-or-absent string: `.some(nil)` when absent or null, nil when mistyped.
  private static func optional(_ value: JournalLineParser.Value?) -> String?? {
    switch value {
    case nil, .null?: return .some(nil)
    case .string(let text)?: return .some(text)
    default: return nil
    }
  }

  /// Only plain integers; `1.0` or `1e3` is left to JSONDecoder's own rules.
  private static func int(_ value: JournalLineParser.Value?) -> Int? {
    guard case .number(let text)? = value,
      !text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" })
    else { return nil }
    return Int(text)
  }

  private static func double(_ value: JournalLineParser.Value?) -> Double? {
    guard case .number(let text)? = value, let number = Double(text), number.isFinite else {
      return nil
    }
    return number
  }
}

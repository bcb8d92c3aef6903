extension SessionEvent: Codable {
  public init(from decoder: any Decoder) throws {
    self = try SessionEvent(from: decoder.container(keyedBy: JournalKey.self))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: JournalKey.self)
    try encode(into: &container)
  }

  /// Reads the event's keys from an object that may also hold a journal entry's keys.
  init(from c: KeyedDecodingContainer<JournalKey>) throws {
    let type = try c.decode(String.self, forKey: "type")
    func string(_ key: JournalKey) throws -> String { try c.decode(String.self, forKey: key) }
    func optional(_ key: JournalKey) throws -> String? {
      try c.decodeIfPresent(String.self, forKey: key)
    }
    func answer() throws -> AnswerValue { try c.decode(JournalAnswer.self, forKey: "value").value }
    switch type {
    case "session-started": self = .sessionStarted(try SessionStart.decode(from: c))
    case "attribute-recorded":
      self = .attributeRecorded(item: try string("item"), value: try answer())
    case "step-entered": self = .stepEntered(step: try string("step"))
    case "step-left": self = .stepLeft(step: try string("step"))
    case "prompt-used":
      self = .promptUsed(step: try string("step"), index: try c.decode(Int.self, forKey: "index"))
    case "rephrased":
      self = .rephrased(step: try string("step"), index: try c.decode(Int.self, forKey: "index"))
    case "rounded-up": self = .roundedUp(step: try string("step"))
    case "noted":
      self = .noted(
        step: try optional("step"), role: try c.decode(Role.self, forKey: "role"),
        text: try string("text"))
    case "answered": self = .answered(item: try string("item"), value: try answer())
    case "answer-cleared": self = .answerCleared(item: try string("item"))
    case "checked":
      self = .checked(
        step: try string("step"), item: try c.decode(Int.self, forKey: "item"),
        isChecked: try c.decode(Bool.self, forKey: "checked"))
    case "skipped": self = .skipped(step: try string("step"), reason: try optional("reason"))
    case "flagged": self = .flagged(step: try optional("step"), text: try optional("text"))
    case "recording-started": self = .recordingStarted
    case "recording-stopped": self = .recordingStopped
    case "recording-checked":
      self = .recordingChecked(stillRunning: try c.decode(Bool.self, forKey: "still-running"))
    case "paused": self = .paused
    case "resumed": self = .resumed
    case "session-resumed": self = .sessionResumed
    case "cue":
      self = .cue(
        from: try c.decode(Role.self, forKey: "from"),
        kind: try c.decode(CueKind.self, forKey: "kind"), text: try string("text"))
    case "ended":
      switch try string("reason") {
      case "completed": self = .ended(reason: .completed)
      case "screened-out": self = .ended(reason: .screenedOut(step: try string("step")))
      case "ended-early": self = .ended(reason: .endedEarly)
      default:
        throw DecodingError.dataCorruptedError(
          forKey: "reason", in: c, debugDescription: "unknown end reason")
      }
    default:
      throw UnknownEventType(type: type)
    }
  }

  /// Writes the event's keys into an object that may also hold a journal entry's keys.
  func encode(into c: inout KeyedEncodingContainer<JournalKey>) throws {
    try c.encode(typeName, forKey: "type")
    switch self {
    case .sessionStarted(let start): try start.encode(into: &c)
    case .attributeRecorded(let item, let value), .answered(let item, let value):
      try c.encode(item, forKey: "item")
      try c.encode(JournalAnswer(value), forKey: "value")
    case .stepEntered(let step), .stepLeft(let step), .roundedUp(let step):
      try c.encode(step, forKey: "step")
    case .promptUsed(let step, let index), .rephrased(let step, let index):
      try c.encode(step, forKey: "step")
      try c.encode(index, forKey: "index")
    case .noted(let step, let role, let text):
      try c.encodeIfPresent(step, forKey: "step")
      try c.encode(role, forKey: "role")
      try c.encode(text, forKey: "text")
    case .answerCleared(let item): try c.encode(item, forKey: "item")
    case .checked(let step, let item, let isChecked):
      try c.encode(step, forKey: "step")
      try c.encode(item, forKey: "item")
      try c.encode(isChecked, forKey: "checked")
    case .skipped(let step, let reason):
      try c.encode(step, forKey: "step")
      try c.encodeIfPresent(reason, forKey: "reason")
    case .flagged(let step, let text):
      try c.encodeIfPresent(step, forKey: "step")
      try c.encodeIfPresent(text, forKey: "text")
    case .recordingStarted, .recordingStopped, .paused, .resumed, .sessionResumed: break
    case .recordingChecked(let stillRunning): try c.encode(stillRunning, forKey: "still-running")
    case .cue(let from, let kind, let text):
      try c.encode(from, forKey: "from")
      try c.encode(kind, forKey: "kind")
      try c.encode(text, forKey: "text")
    case .ended(let reason):
      switch reason {
      case .completed: try c.encode("completed", forKey: "reason")
      case .screenedOut(let step):
        try c.encode("screened-out", forKey: "reason")
        try c.encode(step, forKey: "step")
      case .endedEarly: try c.encode("ended-early", forKey: "reason")
      }
    }
  }
}

extension SessionStart {
  static func decode(from c: KeyedDecodingContainer<JournalKey>) throws -> SessionStart {
    SessionStart(
      sessionID: try c.decode(String.self, forKey: "session"),
      protocolID: try c.decode(String.self, forKey: "protocol-id"),
      protocolVersion: try c.decodeIfPresent(String.self, forKey: "protocol-version"),
      protocolPath: try c.decode(String.self, forKey: "protocol-path"),
      protocolText: try c.decode(String.self, forKey: "protocol-text"),
      protocolSHA256: try c.decode(String.self, forKey: "protocol-sha256"),
      participant: try c.decode(String.self, forKey: "participant"),
      lead: try c.decodeIfPresent(String.self, forKey: "lead"),
      support: try c.decodeIfPresent(String.self, forKey: "support"),
      rapportVersion: try c.decode(String.self, forKey: "rapport-version"),
      journalFormat: try c.decode(Int.self, forKey: "journal-format"))
  }

  func encode(into c: inout KeyedEncodingContainer<JournalKey>) throws {
    try c.encode(sessionID, forKey: "session")
    try c.encode(protocolID, forKey: "protocol-id")
    try c.encodeIfPresent(protocolVersion, forKey: "protocol-version")
    try c.encode(protocolPath, forKey: "protocol-path")
    try c.encode(protocolText, forKey: "protocol-text")
    try c.encode(protocolSHA256, forKey: "protocol-sha256")
    try c.encode(participant, forKey: "participant")
    try c.encodeIfPresent(lead, forKey: "lead")
    try c.encodeIfPresent(support, forKey: "support")
    try c.encode(rapportVersion, forKey: "rapport-version")
    try c.encode(journalFormat, forKey: "journal-format")
  }
}

/// Thrown for a well-formed entry whose `type` this build does not know, so the reader can
/// tell it from damage.
struct UnknownEventType: Error {
  var type: String
}

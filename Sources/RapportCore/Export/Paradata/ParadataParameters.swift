/// The `parameters` cell of a paradata row: what an event says beyond its kind and step,
/// as one JSON object with the journal's kebab-case keys.
///
/// Paradata describe how the interview ran, not what was said, so words typed during the
/// session stay out: a note, a flag, a cue between the terminals and a skip reason give
/// their length in characters (`text-length`, `reason-length`), never their text, and the
/// protocol's snapshot is named by its SHA-256 (`export-info.json` lists the protocols).
/// What is kept and could name someone, the interviewers' names and answers (a free-text
/// answer, a choice value), passes through `--redact` as in every other format.
enum ParadataParameters {
  /// The parameters of `event`, redacted.
  static func of(_ event: SessionEvent, redactor: Redactor) -> JSONValue {
    func number(_ value: Int) -> JSONValue { .number(Double(value)) }
    func length(_ text: String) -> JSONValue { number(text.count) }
    let members: [(String, JSONValue)]
    switch event {
    case .sessionStarted(let start):
      members =
        [
          ("protocol-id", .string(start.protocolID)),
          ("protocol-version", .optional(start.protocolVersion)),
          ("protocol-sha256", .string(start.protocolSHA256)),
          ("lead", .optional(redactor.redact(start.lead))),
          ("support", .optional(redactor.redact(start.support))),
          ("rapport-version", .string(start.rapportVersion)),
          ("journal-format", number(start.journalFormat)),
        ]
    case .attributeRecorded(_, let value), .answered(_, let value):
      members = [("value", JSONExporter.answerValue(value.redacted(by: redactor)))]
    case .promptUsed(_, let index), .rephrased(_, let index): members = [("index", number(index))]
    case .noted(_, _, let text): members = [("text-length", length(text))]
    case .checked(_, let item, let isChecked):
      members = [("item", number(item)), ("checked", .bool(isChecked))]
    case .skipped(_, let reason): members = reason.map { [("reason-length", length($0))] } ?? []
    case .flagged(_, let text): members = text.map { [("text-length", length($0))] } ?? []
    case .recordingChecked(let stillRunning): members = [("still-running", .bool(stillRunning))]
    case .cue(_, let kind, let text):
      members = [("kind", .string(kind.rawValue)), ("text-length", length(text))]
    case .ended(let reason):
      members = [("reason", .string(reasonName(reason)))]
    case .stepEntered, .stepLeft, .roundedUp, .answerCleared, .recordingStarted,
      .recordingStopped, .paused, .resumed, .sessionResumed:
      members = []
    }
    return .object(members)
  }

  /// Who did it: the author of a note or a cue, else the terminal that wrote the line
  /// (`lead` or `support`); empty for a writer that is neither.
  static func role(of entry: JournalEntry) -> String {
    switch entry.event {
    case .noted(_, let role, _): role.rawValue
    case .cue(let from, _, _): from.rawValue
    default: Role(rawValue: entry.writer)?.rawValue ?? ""
    }
  }

  private static func reasonName(_ reason: EndReason) -> String {
    switch reason {
    case .completed: "completed"
    case .screenedOut: "screened-out"
    case .endedEarly: "ended-early"
    }
  }
}

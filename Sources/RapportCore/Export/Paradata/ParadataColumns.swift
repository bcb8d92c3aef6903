/// The columns of `paradata.csv`, described once: the Table Schema and the README are both
/// written from this list, so they cannot disagree with each other or with the table.
enum ParadataColumns {
  struct Column {
    var name: String
    /// A Frictionless Table Schema type.
    var type: String
    var required: Bool
    var description: String
    var values: [String] = []
  }

  static let all: [Column] = [
    Column(
      name: "session", type: "string", required: true,
      description: "The session: the name of its folder under Responses/."),
    Column(
      name: "participant", type: "string", required: true,
      description: "The pseudonymous participant ID, e.g. P001."),
    Column(
      name: "writer", type: "string", required: true,
      description: "The terminal that wrote the journal line: lead (rapport run) or support "
        + "(rapport join).", values: Role.allCases.map(\.rawValue)),
    Column(
      name: "seq", type: "integer", required: true,
      description: "The writer's sequence number, from 1; session, writer and seq name one "
        + "journal line."),
    Column(
      name: "role", type: "string", required: false,
      description: "Who did it: the author of a note (noted) or a cue, else the writer.",
      values: Role.allCases.map(\.rawValue)),
    Column(
      name: "event", type: "string", required: true,
      description: "The kind of event, as the journal names it (see Events below).",
      values: eventKinds.map(\.name)),
    Column(
      name: "step", type: "string", required: false,
      description: "The step or item id the event names; empty for events about the session "
        + "(pauses, recording marks, session notes). The step on screen is the one of the "
        + "latest step-entered row above."),
    Column(
      name: "at", type: "datetime", required: true,
      description: "Wall-clock time of the event in UTC, ISO 8601 to the millisecond with its "
        + "offset, e.g. 2022-10-03T14:05:09.123+00:00."),
    Column(
      name: "session_clock", type: "number", required: true,
      description: "The interview clock, in seconds to the millisecond: time since the session "
        + "started with pauses and outages (no terminal running) left out, as on the "
        + "interviewers' status line."),
    Column(
      name: "recording_part", type: "integer", required: false,
      description: "The part of the recording the event falls in (1, 2, ... after /rec stop "
        + "and a new /rec); empty when the session has no recording mark."),
    Column(
      name: "recording_time", type: "number", required: false,
      description: "Seconds from the start of that recording part, to the millisecond: the "
        + "position in its audio file, as in the chapters; negative before the part began; "
        + "empty without a recording mark."),
    Column(
      name: "recorded", type: "boolean", required: false,
      description: "true when the recorder was running at the event (inside its part), false "
        + "before the part began or after it stopped; empty without a recording mark."),
    Column(
      name: "parameters", type: "object", required: true,
      description: "What else the event says, as a JSON object with the journal's keys (see "
        + "Events below); {} when nothing."),
  ]

  /// Each event kind and what its `parameters` hold.
  static let eventKinds: [(name: String, parameters: String)] = [
    (
      "session-started",
      "protocol-id, protocol-version, protocol-sha256, lead, support "
        + "(the interviewers' names), rapport-version (that recorded it), journal-format"
    ),
    (
      "attribute-recorded",
      "value: the participant attribute as recorded, e.g. {\"text\": "
        + "\"Female\"} or {\"number\": 3}"
    ),
    ("step-entered", "none; the step came on screen"),
    ("step-left", "none; the step left the screen"),
    ("prompt-used", "index: the prompt asked (from 1)"),
    ("rephrased", "index: the rephrasing read (from 1)"),
    ("rounded-up", "none; the question's round-up was asked"),
    ("noted", "text-length: characters typed (the note itself is not in the paradata)"),
    ("answered", "value: the survey answer, e.g. {\"choices\": [\"lgbtqia\"]}"),
    ("answer-cleared", "none; the answer was withdrawn"),
    ("checked", "item: the checklist line (from 1); checked: true or false (unticked)"),
    ("skipped", "reason-length: characters of the reason, when one was given"),
    ("flagged", "text-length: characters of the flag's words, when there were any"),
    ("recording-started", "none; a recording part began (/rec)"),
    ("recording-stopped", "none; the recording part ended (/rec stop)"),
    ("recording-checked", "still-running: the interviewers' answer after an outage"),
    ("paused", "none; the interview clock stopped"),
    ("resumed", "none; the interview clock runs again"),
    (
      "session-resumed",
      "none; a terminal came back after a crash, a stop or a takeover; the "
        + "time since the line before is an outage"
    ),
    ("cue", "kind (suggest-prompt, message, time-warning), text-length"),
    ("ended", "reason: completed, screened-out or ended-early"),
  ]

  /// The Frictionless Table Schema of `paradata.csv`.
  static var tableSchema: String {
    let fields: [JSONValue] = all.map { column in
      var members: [(String, JSONValue)] = [
        ("name", .string(column.name)), ("type", .string(column.type)),
        ("description", .string(column.description)),
      ]
      var constraints: [(String, JSONValue)] = []
      if column.required { constraints.append(("required", .bool(true))) }
      if !column.values.isEmpty {
        constraints.append(("enum", .array(column.values.map(JSONValue.string))))
      }
      if !constraints.isEmpty { members.append(("constraints", .object(constraints))) }
      return .object(members)
    }
    return JSONValue.object([
      ("fields", .array(fields)), ("missingValues", .array([.string("")])),
    ]).text
  }
}

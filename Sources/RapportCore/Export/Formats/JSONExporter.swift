import Foundation

/// The whole session as one JSON document, for scripts and archives; described by
/// `docs/session-export.schema.json`. Keys are kebab-case like the journal's, in a fixed
/// order; times are recording times (seconds from the start of their `part`); absent
/// values are `null`.
public enum JSONExporter {
  public static let formatName = "rapport-session-export"
  public static let formatVersion = 1

  public static func export(_ record: SessionRecord) -> String {
    value(record).text
  }

  /// `export`'s bytes, as the file holds them (no `String` between).
  static func data(_ record: SessionRecord) -> Data { Data(value(record).bytes) }

  static func value(_ r: SessionRecord) -> JSONValue {
    .object([
      ("format", .string(formatName)),
      ("format-version", .number(Double(formatVersion))),
      ("session", .string(r.sessionID)),
      (
        "protocol",
        .object([
          ("id", .string(r.protocolID)), ("title", .optional(r.protocolTitle)),
          ("version", .optional(r.protocolVersion)), ("sha256", .string(r.protocolSHA256)),
          ("snapshot-intact", .bool(r.snapshotIsIntact)),
        ])
      ),
      ("participant", .string(r.participant)),
      ("attributes", .array(r.attributes.map(answer))),
      (
        "interviewers",
        .array(
          r.interviewers.map {
            .object([("role", .string($0.role.rawValue)), ("name", .string($0.name))])
          })
      ),
      ("started-at", .string(JournalTimestamp.format(r.startedAt))),
      ("status", .string(r.status.rawValue)),
      ("end-step", .optional(r.endStep)),
      ("planned-seconds", r.plannedSeconds.map { .number(Double($0)) } ?? .null),
      ("active-seconds", seconds(r.activeSeconds)),
      ("paused-seconds", seconds(r.pausedSeconds)),
      ("time-base", .string(r.timeBase.rawValue)),
      ("recording-offset", r.recordingOffset.map(seconds) ?? .null),
      ("end-time", seconds(r.endTime)),
      ("visits", .array(r.visits.map(visit))),
      ("session-moments", .array(r.sessionMoments.map(moment))),
      (
        "pauses",
        .array(
          r.pauses.map {
            .object([
              ("start", seconds($0.start)), ("end", $0.end.map(seconds) ?? .null),
              ("seconds", seconds($0.seconds)),
            ])
          })
      ),
      ("recording-parts", .array(r.recordingParts.map(recordingPart))),
      ("answers", .array(r.answers.map(answer))),
      ("warnings", .array(r.warnings.map(JSONValue.string))),
    ])
  }

  static func recordingPart(_ p: SessionRecord.RecordingPart) -> JSONValue {
    let length: JSONValue = p.seconds.map(seconds) ?? .null
    return .object([
      ("part", .number(Double(p.number))),
      ("started-at", .string(JournalTimestamp.format(p.startedAt))),
      ("offset", seconds(p.offset)), ("seconds", length),
    ])
  }

  static func visit(_ v: SessionRecord.Visit) -> JSONValue {
    .object([
      ("step", .string(v.step)), ("occurrence", .number(Double(v.occurrence))),
      ("kind", .optional(v.kind?.rawValue)), ("attribute", .bool(v.isAttribute)),
      ("label", .optional(v.label)), ("text", .optional(v.text)),
      ("entered", seconds(v.entered)), ("left", seconds(v.left)), ("seconds", seconds(v.seconds)),
      ("part", part(v.part)), ("moments", .array(v.moments.map(moment))),
    ])
  }

  static func answer(_ a: SessionRecord.Answer) -> JSONValue {
    .object([
      ("item", .string(a.item)), ("question", .optional(a.question)),
      ("type", .optional(a.type?.rawValue)), ("value", answerValue(a.value)),
      ("display", .string(a.display)), ("time", seconds(a.time)),
    ])
  }

  /// The journal's spelling: a one-key object naming the answer's kind.
  static func answerValue(_ value: AnswerValue) -> JSONValue {
    switch value {
    case .text(let text): .object([("text", .string(text))])
    case .number(let number): .object([("number", .number(number))])
    case .choices(let choices): .object([("choices", .array(choices.map(JSONValue.string)))])
    case .boolean(let flag): .object([("boolean", .bool(flag))])
    case .date(let date): .object([("date", .string(date))])
    }
  }

  static func moment(_ m: SessionRecord.Moment) -> JSONValue {
    var members: [(String, JSONValue)] = [("time", seconds(m.time)), ("part", part(m.part))]
    func add(_ type: String, _ rest: [(String, JSONValue)] = []) {
      members.append(("type", .string(type)))
      members += rest
    }
    switch m.kind {
    case .prompt(let index, let text):
      add("prompt", [("index", .number(Double(index))), ("text", .optional(text))])
    case .rephrased(let index, let text):
      add("rephrased", [("index", .number(Double(index))), ("text", .optional(text))])
    case .roundUp(let text): add("round-up", [("text", .optional(text))])
    case .note(let role, let text):
      add("note", [("role", .string(role.rawValue)), ("text", .string(text))])
    case .flag(let text): add("flag", [("text", .optional(text))])
    case .skipped(let reason): add("skipped", [("reason", .optional(reason))])
    case .checked(let item, let text, let isChecked):
      add(
        "checked",
        [("item", .number(Double(item))), ("text", .optional(text)), ("checked", .bool(isChecked))])
    case .answered(let a): add("answered", [("answer", answer(a))])
    case .answerCleared(let item): add("answer-cleared", [("item", .string(item))])
    case .paused(let duration, let resumed):
      add("paused", [("seconds", seconds(duration)), ("resumed", .bool(resumed))])
    case .sessionResumed: add("session-resumed")
    case .recordingStarted: add("recording-started")
    case .recordingStopped: add("recording-stopped")
    case .outage(let outage):
      add(
        "outage",
        [
          ("from", .string(JournalTimestamp.format(outage.from))),
          ("to", .string(JournalTimestamp.format(outage.to))),
          ("seconds", seconds(outage.seconds)),
          ("recording-ran-on", outage.recordingRanOn.map(JSONValue.bool) ?? .null),
        ])
    case .cue(let from, let kind, let text):
      add(
        "cue",
        [
          ("from", .string(from.rawValue)), ("kind", .string(kind.rawValue)),
          ("text", .string(text)),
        ])
    case .ended(let status): add("ended", [("status", .string(status.rawValue))])
    }
    return .object(members)
  }

  static func part(_ number: Int?) -> JSONValue { number.map { .number(Double($0)) } ?? .null }

  /// Seconds kept to the millisecond, as the journal keeps them.
  static func seconds(_ value: Double) -> JSONValue {
    .number(((value.isFinite ? value : 0) * 1000).rounded() / 1000)
  }
}

import Foundation

/// The transcription template as a list of blocks, written once and rendered as Markdown,
/// plain text, Word and the REFI-QDA text source, so every rendering says the same.
public enum TranscriptTemplate {
  /// One piece of the document.
  public enum Block: Equatable, Sendable {
    case title(String)
    case heading(String)
    case stepHeading(String)
    /// Label–value pairs: the session header.
    case fields([Field])
    /// Text read aloud.
    case quote(String)
    case list([String])
    case paragraph(String)
    case table(header: [String], rows: [[String]])
    /// A speaker label with room for the transcript under it.
    case speaker(String)
  }

  public struct Field: Equatable, Sendable {
    public var label: String
    public var value: String

    public init(_ label: String, _ value: String) {
      self.label = label
      self.value = value
    }
  }

  /// The template's blocks for one session.
  public static func blocks(for record: SessionRecord) -> [Block] {
    var blocks: [Block] = [
      .title("\(record.participant) — \(record.protocolTitle ?? record.protocolID)"),
      .fields(header(record)),
    ]
    if !record.attributes.isEmpty {
      blocks.append(.heading("Participant"))
      blocks.append(
        .table(
          header: ["Attribute", "Answer"],
          rows: record.attributes.map { [$0.question ?? $0.item, $0.display] }))
    }
    blocks.append(.heading("Steps"))
    for visit in record.visits where !visit.isAttribute {
      blocks += TemplateVisit.blocks(
        visit, participant: record.participant, showsParts: record.recordingParts.count > 1)
    }
    let sessionLines = record.sessionMoments.compactMap(TemplateVisit.line)
    if !sessionLines.isEmpty {
      blocks.append(.heading("Session"))
      blocks.append(.list(sessionLines))
    }
    if !record.answers.isEmpty {
      blocks.append(.heading("Survey answers"))
      blocks.append(
        .table(
          header: ["Item", "Question", "Answer"],
          rows: record.answers.map { [$0.item, $0.question ?? "", $0.display] }))
    }
    return blocks
  }

  static func header(_ record: SessionRecord) -> [Field] {
    var fields = [Field("Session", record.sessionID)]
    let version = record.protocolVersion.map { ", version \($0)" } ?? ""
    fields.append(Field("Protocol", record.protocolID + version))
    let hashNote = record.snapshotIsIntact ? "" : " (the snapshot no longer matches this hash)"
    fields.append(Field("Protocol SHA-256", record.protocolSHA256 + hashNote))
    fields.append(Field("Participant", record.participant))
    for interviewer in record.interviewers {
      let role = interviewer.role == .lead ? "Lead interviewer" : "Supporting interviewer"
      fields.append(Field(role, interviewer.name))
    }
    fields.append(Field("Date", dateText(record.startedAt)))
    fields.append(
      Field("Planned duration", record.plannedSeconds.map { TimeCode.clock(Double($0)) } ?? "—"))
    let paused =
      record.pausedSeconds > 0 ? ", plus \(TimeCode.clock(record.pausedSeconds)) paused" : ""
    fields.append(Field("Actual duration", TimeCode.clock(record.activeSeconds) + paused))
    fields.append(Field("Recording", recordingText(record)))
    fields.append(Field("Status", statusText(record)))
    return fields
  }

  static func recordingText(_ record: SessionRecord) -> String {
    guard let offset = record.recordingOffset else {
      return "not marked; times are from the session start"
    }
    guard record.recordingParts.count > 1 else {
      return "marked \(TimeCode.clock(offset)) after the session start; times are from this mark"
    }
    return "\(record.recordingParts.count) parts, the first marked \(TimeCode.clock(offset)) after "
      + "the session start; times are from the start of each part"
  }

  static func statusText(_ record: SessionRecord) -> String {
    switch record.status {
    case .completed: "completed"
    case .endedEarly: "ended early"
    case .inProgress: "not ended (the journal stops here)"
    case .screenedOut: "screened out at '\(record.endStep ?? "?")'"
    }
  }

  /// `2022-10-03 14:05 UTC`: the date a transcriber files the recording under.
  static func dateText(_ date: Date) -> String {
    let stamp = JournalTimestamp.format(date)
    let day = stamp.prefix(10)
    let time = stamp.dropFirst(11).prefix(5)
    return "\(day) \(time) UTC"
  }
}

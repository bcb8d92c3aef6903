/// A session's recording in a REFI-QDA project: an `AudioSource` or `VideoSource` with the
/// transcript template as its `Transcript` (a `SyncPoint` where each question begins), and
/// one selection per step visit and per flag at its place on the recording, each question's
/// coded with the question's code, as the text's sections are.
///
/// Every time is a chapter cue's (`ChapterCue.cues`): milliseconds from the recording mark,
/// the same as the chapters, ELAN and template exports. One file is one recording part: with
/// several parts only the first is placed, and the rest is said in a warning.
struct QDPXRecordingSource {
  /// The source's XML, for `<Sources>`.
  var xml = ""
  /// The questions coded, for the code system.
  var codedSteps: [(id: String, name: String)] = []
  /// The zip member of the transcript's text.
  var transcriptMember: String
  /// The zip member the recording is copied to; nil when it is referenced.
  var recordingMember: String?
  var guid: String
  var warnings: [String] = []

  init(
    record: SessionRecord, recording: Recording, sections: [QDPXSection], user: String,
    cues all: [ChapterCue], code: (String) -> String
  ) {
    let id = record.sessionID
    guid = GUID.make("recording", id)
    let transcript = GUID.make("transcript", id)
    transcriptMember = "sources/\(transcript).txt"
    let internalName = "\(guid).\(recording.fileExtension)"
    recordingMember = recording.link == .copy ? "sources/\(internalName)" : nil
    let path = recording.link == .copy ? "internal://\(internalName)" : recording.url
    let created = QDPXExporter.dateTime(record.startedAt)
    let element = recording.kind.element

    let firstPart = record.recordingParts.first?.number
    let cues = all.filter { $0.part == nil || $0.part == firstPart }
    if record.timeBase == .sessionStart {
      warnings.append(
        "session '\(id)': no recording mark (/rec); times on the recording are from the session start"
      )
    }
    if record.recordingParts.count > 1 {
      warnings.append(
        "session '\(id)': the recording has \(record.recordingParts.count) parts; only part "
          + "\(firstPart ?? 1) is placed on the recording given (\(all.count - cues.count) "
          + "selection(s) of later parts left out)")
    }

    xml = """
      <\(element)Source guid="\(guid)" name="\(XMLText.escape(id))" path="\(XMLText.escape(path))" \
      creationDateTime="\(created)">\
      <Description>\(XMLText.escape("recording of participant \(record.participant), protocol \(record.protocolID)"))</Description>\
      <Transcript guid="\(transcript)" name="\(XMLText.escape("\(id) transcript"))" \
      plainTextPath="internal://\(transcript).txt" creationDateTime="\(created)">
      """
    var starts: [Int: Int] = [:]
    for cue in cues { if case .visit(let index) = cue.origin { starts[index] = cue.start } }
    for section in sections {
      guard let start = starts[section.visit - 1] else { continue }
      xml += """
        <SyncPoint guid="\(GUID.make("sync", id, String(section.visit)))" \
        timeStamp="\(start)" position="\(section.start)"/>
        """
    }
    xml += "</Transcript>"

    var flags = 0
    var coded: Set<String> = []
    for cue in cues {
      let key: [String]
      let step: String?
      switch cue.origin {
      case .visit(let index):
        key = ["visit", String(index + 1)]
        step = Self.isQuestion(record.visits[index]) ? record.visits[index].step : nil
      case .flag(let on):
        flags += 1
        key = ["flag", String(flags)]
        step = on.flatMap { on in
          record.visits.first { $0.step == on }.flatMap { Self.isQuestion($0) ? on : nil }
        }
      case .outage, .placeholder: continue
      }
      xml += """
        <\(element)Selection guid="\(GUID.make(["recording-selection", id] + key))" \
        name="\(XMLText.escape(cue.title))" begin="\(cue.start)" end="\(cue.end)" creatingUser="\(user)">
        """
      if let detail = cue.detail { xml += "<Description>\(XMLText.escape(detail))</Description>" }
      if let step {
        if coded.insert(step).inserted,
          let visit = record.visits.first(where: { $0.step == step })
        {
          codedSteps.append((step, visit.title))
        }
        xml += """
          <Coding guid="\(GUID.make(["recording-coding", id] + key))" creatingUser="\(user)">\
          <CodeRef targetGUID="\(code(step))"/></Coding>
          """
      }
      xml += "</\(element)Selection>"
    }
    xml += "</\(element)Source>"
  }

  /// A visit the project codes: a question's (or a step the protocol does not name).
  static func isQuestion(_ visit: SessionRecord.Visit) -> Bool {
    !visit.isAttribute && (visit.kind == nil || visit.kind == .question)
  }
}

import Foundation

/// A REFI-QDA project written as the sessions come: each session's text source goes into
/// the zip at once and its `<TextSource>` XML into a spool, so a study is never held whole.
///
/// `finish` writes `project.qde`: the users, codes, variables and cases, which need every
/// session, and then the spooled sources. The bytes are exactly `QDPXExporter.export`'s.
/// A session given its recording (`--media`) gets a recording source as well
/// (`QDPXRecordingSource`); without one the project is what it was before recordings.
public struct QDPXWriter {
  private let zip: ZipPackage
  private let spool: any ExportSpool
  private let name: String
  private let created: Date
  private var guids = GUID.Cache()
  /// Codes for the steps the sections name, in order of first use; `finish` puts the
  /// protocol's questions first.
  private var sectionCodes: [(id: String, name: String)] = []
  private var sectionCodeIDs: Set<String> = []
  private var sourceGUIDs: [String: [String]] = [:]
  private var participants: [String] = []
  private var interviewers: [String] = []
  private var interviewerNames: Set<String> = []
  private var someoneUnnamed = false
  /// Each session's participant and attributes, for the variables (small; no notes).
  private var attributeRecords: [SessionRecord] = []

  /// `created` is the earliest start of the sessions to come; `zip` should be stamped with it.
  public init(zip: ZipPackage, spool: any ExportSpool, name: String, created: Date) {
    self.zip = zip
    self.spool = spool
    self.name = name
    self.created = created
  }

  /// Adds one session, given its template's blocks and their plain text (`TextExporter`),
  /// and its recording if there is one; returns warnings about placing the recording.
  @discardableResult
  public mutating func add(
    _ record: SessionRecord, blocks: [TranscriptTemplate.Block], text: String,
    recording: Recording? = nil, cues: [ChapterCue]? = nil
  ) throws -> [String] {
    let guid = GUID.make("source", record.sessionID)
    try zip.add("sources/\(guid).txt", Data(text.utf8))
    if sourceGUIDs[record.participant] == nil { participants.append(record.participant) }
    sourceGUIDs[record.participant, default: []].append(guid)
    for interviewer in record.interviewers where interviewerNames.insert(interviewer.name).inserted
    {
      interviewers.append(interviewer.name)
    }
    if record.interviewers.isEmpty { someoneUnnamed = true }
    attributeRecords.append(record.studySummary)
    let user = guids.make("user", QDPXExporter.creatingUser(record))
    var xml = """
      <TextSource guid="\(guid)" name="\(XMLText.escape(record.sessionID))" \
      plainTextPath="internal://\(guid).txt" creationDateTime="\(QDPXExporter.dateTime(record.startedAt))">\
      <Description>\(XMLText.escape("participant \(record.participant), protocol \(record.protocolID)"))</Description>
      """
    let sections = QDPXSections.sections(of: record, blocks: blocks, text: text)
    for section in sections {
      if sectionCodeIDs.insert(section.step).inserted {
        sectionCodes.append((section.step, section.codeName))
      }
      let selection = GUID.make("selection", record.sessionID, String(section.visit))
      let coding = GUID.make("coding", record.sessionID, String(section.visit))
      xml += """
        <PlainTextSelection guid="\(selection)" name="\(XMLText.escape(section.name))" \
        startPosition="\(section.start)" endPosition="\(section.end)" creatingUser="\(user)">\
        <Coding guid="\(coding)" creatingUser="\(user)"><CodeRef targetGUID="\(guids.make("code", section.step))"/></Coding>\
        </PlainTextSelection>
        """
    }
    xml += "</TextSource>"
    var warnings: [String] = []
    if let recording {
      let source = QDPXRecordingSource(
        record: record, recording: recording, sections: sections, user: user,
        cues: cues ?? ChapterCue.cues(for: record)
      ) { guids.make("code", $0) }
      try zip.add(source.transcriptMember, Data(text.utf8))
      if let member = source.recordingMember {
        try zip.add(member, size: recording.size, compressed: false, read: recording.read)
      }
      for step in source.codedSteps where sectionCodeIDs.insert(step.id).inserted {
        sectionCodes.append(step)
      }
      sourceGUIDs[record.participant, default: []].append(source.guid)
      xml += source.xml
      warnings = source.warnings
    }
    try spool.write(Data(xml.utf8))
    return warnings
  }

  /// Writes `project.qde`, the zip's last member; `outline` is the sessions' protocol. The
  /// zip's owner then finishes it.
  public mutating func finish(outline: ProtocolOutline?) throws {
    // Every question of the protocol, in protocol order, visited or not; then the others.
    var codes: [(id: String, name: String)] = (outline?.steps ?? [])
      .filter { $0.kind == .question }.map { step in
        (step.id, step.label.map { $0.isEmpty ? step.id : "\(step.id) — \($0)" } ?? step.id)
      }
    let questions = Set(codes.map(\.id))
    codes += sectionCodes.filter { !questions.contains($0.id) }
    let variables = QDPXVariables(records: attributeRecords, outline: outline)
    var xml = """
      <?xml version="1.0" encoding="UTF-8"?>
      <Project xmlns="\(QDPXExporter.namespace)" name="\(XMLText.escape(name))" origin="rapport" \
      creationDateTime="\(QDPXExporter.dateTime(created))">
      """
    var users = interviewers
    if someoneUnnamed, !interviewerNames.contains("rapport") { users.append("rapport") }
    if !users.isEmpty {
      xml += "<Users>"
      for user in users {
        xml += "<User guid=\"\(guids.make("user", user))\" name=\"\(XMLText.escape(user))\"/>"
      }
      xml += "</Users>"
    }
    if !codes.isEmpty {
      xml += "<CodeBook><Codes>"
      for code in codes {
        xml +=
          "<Code guid=\"\(guids.make("code", code.id))\" name=\"\(XMLText.escape(code.name))\" isCodable=\"true\"/>"
      }
      xml += "</Codes></CodeBook>"
    }
    xml += variables.definitions
    if !participants.isEmpty {
      xml += "<Cases>"
      for participant in participants {
        xml +=
          "<Case guid=\"\(GUID.make("case", participant))\" name=\"\(XMLText.escape(participant))\">"
        xml += variables.values(for: participant)
        for guid in sourceGUIDs[participant] ?? [] { xml += "<SourceRef targetGUID=\"\(guid)\"/>" }
        xml += "</Case>"
      }
      xml += "</Cases>"
    }
    let head = Data((xml + (participants.isEmpty ? "" : "<Sources>")).utf8)
    let tail = Data(((participants.isEmpty ? "" : "</Sources>") + "</Project>\n").utf8)
    let sources = participants.isEmpty ? 0 : spool.count
    let total = head.count + sources + tail.count
    let spool = spool
    try zip.add("project.qde", size: total, compressed: true) { offset, count in
      // The head, the spooled sources, the tail, as if one.
      var piece = Data()
      while piece.count < count, offset + piece.count < total {
        let at = offset + piece.count
        let want = count - piece.count
        let next: Data
        if at < head.count {
          next = head.subdata(in: at..<min(head.count, at + want))
        } else if at < head.count + sources {
          next = try spool.read(at: at - head.count, count: want)
        } else {
          let from = at - head.count - sources
          next = tail.subdata(in: from..<min(tail.count, from + want))
        }
        if next.isEmpty { break }
        piece += next
      }
      return piece
    }
  }
}

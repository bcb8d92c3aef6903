import Foundation

/// A REFI-QDA project (`.qdpx`): the exchange format NVivo, ATLAS.ti, MAXQDA and QualCoder
/// import. One text source per session (the plain-text template, ready for the transcript),
/// participants as cases with their attributes as variables, and one code per step with
/// each visit's part of the text already coded, so excerpts can be pulled by question.
///
/// GUIDs are derived from names (session id, participant, step), so exporting the same
/// sessions again gives the same project.
public enum QDPXExporter {
  public static let namespace = "urn:QDA-XML:project:1.0"

  /// One project for `records`, which should share one protocol.
  public static func export(_ records: [SessionRecord], outline: ProtocolOutline?, name: String)
    throws(ExportError) -> Data
  {
    let created = records.map(\.startedAt).min() ?? Date(timeIntervalSince1970: 0)
    var zip = ZipArchive(modified: created)
    var sources = ""
    // Every question of the protocol, in protocol order, visited or not.
    var codes: [(id: String, name: String)] = (outline?.steps ?? []).filter { $0.kind == .question }
      .map { step in
        (step.id, step.label.map { $0.isEmpty ? step.id : "\(step.id) — \($0)" } ?? step.id)
      }
    var sourceGUIDs: [String: [String]] = [:]
    var participants: [String] = []
    for record in records {
      let guid = GUID.make("source", record.sessionID)
      let blocks = TranscriptTemplate.blocks(for: record)
      let text = TextExporter.render(blocks)
      try zip.add("sources/\(guid).txt", Data(text.utf8))
      if sourceGUIDs[record.participant] == nil { participants.append(record.participant) }
      sourceGUIDs[record.participant, default: []].append(guid)
      var selections = ""
      let user = GUID.make("user", creatingUser(record))
      for section in QDPXSections.sections(of: record, blocks: blocks, text: text) {
        if !codes.contains(where: { $0.id == section.step }) {
          codes.append((section.step, section.codeName))
        }
        let selection = GUID.make("selection", record.sessionID, String(section.visit))
        let coding = GUID.make("coding", record.sessionID, String(section.visit))
        selections += """
          <PlainTextSelection guid="\(selection)" name="\(XMLText.escape(section.name))" \
          startPosition="\(section.start)" endPosition="\(section.end)" creatingUser="\(user)">\
          <Coding guid="\(coding)" creatingUser="\(user)"><CodeRef targetGUID="\(GUID.make("code", section.step))"/></Coding>\
          </PlainTextSelection>
          """
      }
      sources += """
        <TextSource guid="\(guid)" name="\(XMLText.escape(record.sessionID))" \
        plainTextPath="internal://\(guid).txt" creationDateTime="\(dateTime(record.startedAt))">\
        <Description>\(XMLText.escape("participant \(record.participant), protocol \(record.protocolID)"))</Description>\
        \(selections)</TextSource>
        """
    }
    let variables = QDPXVariables(records: records, outline: outline)
    var xml = """
      <?xml version="1.0" encoding="UTF-8"?>
      <Project xmlns="\(namespace)" name="\(XMLText.escape(name))" origin="rapport" \
      creationDateTime="\(dateTime(created))">
      """
    xml += users(records)
    if !codes.isEmpty {
      xml += "<CodeBook><Codes>"
      for code in codes {
        xml +=
          "<Code guid=\"\(GUID.make("code", code.id))\" name=\"\(XMLText.escape(code.name))\" isCodable=\"true\"/>"
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
    if !sources.isEmpty { xml += "<Sources>" + sources + "</Sources>" }
    xml += "</Project>\n"
    try zip.add("project.qde", Data(xml.utf8))
    return zip.data
  }

  /// Who made a session's codings: its lead interviewer, else any, else `rapport`
  /// (QualCoder files codings without a user under "default").
  static func creatingUser(_ record: SessionRecord) -> String {
    (record.interviewers.first { $0.role == .lead } ?? record.interviewers.first)?.name
      ?? "rapport"
  }

  private static func users(_ records: [SessionRecord]) -> String {
    var names: [String] = []
    for interviewer in records.flatMap(\.interviewers) where !names.contains(interviewer.name) {
      names.append(interviewer.name)
    }
    for record in records where !names.contains(creatingUser(record)) {
      names.append(creatingUser(record))
    }
    guard !names.isEmpty else { return "" }
    return "<Users>"
      + names.map { "<User guid=\"\(GUID.make("user", $0))\" name=\"\(XMLText.escape($0))\"/>" }
      .joined() + "</Users>"
  }

  /// `xsd:dateTime` in UTC without fractions, as REFI-QDA tools write it.
  static func dateTime(_ date: Date) -> String {
    String(JournalTimestamp.format(date).prefix(19)) + "Z"
  }
}

/// Name-based GUIDs (SHA-256 of the name, shaped as a version-5-style UUID).
enum GUID {
  static func make(_ parts: String...) -> String {
    let hex = Array(
      SessionStart.sha256Hex(of: Data(("rapport\u{1F}" + parts.joined(separator: "\u{1F}")).utf8)))
    var digits = Array(hex.prefix(32))
    digits[12] = "5"
    digits[16] = ["8", "9", "a", "b"][Int(String(digits[16]), radix: 16).map { $0 & 3 } ?? 0]
    let text = String(digits)
    func part(_ from: Int, _ length: Int) -> Substring {
      text.dropFirst(from).prefix(length)
    }
    return "\(part(0, 8))-\(part(8, 4))-\(part(12, 4))-\(part(16, 4))-\(part(20, 12))"
  }
}

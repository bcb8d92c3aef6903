import Foundation

/// Turns loaded sessions into export files: the one entry point the command calls.
public enum SessionExporter {
  /// A session ready to export: its record and the protocol outline it was built with.
  public struct Loaded: Sendable {
    public var record: SessionRecord
    public var outline: ProtocolOutline?

    public init(record: SessionRecord, outline: ProtocolOutline?) {
      self.record = record
      self.outline = outline
    }
  }

  /// A session's transcript template and chapter cues, each worked out once and shared by
  /// the formats made of them (the template: Markdown, text, Word and the `.qdpx`'s text
  /// source; the cues: WebVTT, SubRip, Audacity labels, the CUE sheet and the `.qdpx`'s
  /// recording).
  public struct Transcript: Sendable {
    public let blocks: [TranscriptTemplate.Block]
    /// The plain text (`TextExporter`); empty unless asked for.
    public let text: String
    /// The chapter cues (`ChapterCue.cues`); nil unless asked for.
    public let cues: [ChapterCue]?

    public init(_ record: SessionRecord, needsText: Bool = true, needsCues: Bool = true) {
      blocks = TranscriptTemplate.blocks(for: record)
      text = needsText ? TextExporter.render(blocks) : ""
      cues = needsCues ? ChapterCue.cues(for: record) : nil
    }

    /// Whether any of `formats` is made of the chapter cues.
    public static func needsCues(_ formats: [ExportFormat]) -> Bool {
      formats.contains { [.vtt, .srt, .audacity, .cue, .qdpx].contains($0) }
    }
  }

  /// The files of one session in the per-session `formats`, from one layout of its template.
  public static func files(
    for record: SessionRecord, formats: [ExportFormat], transcript: Transcript
  ) throws(ExportError) -> [ExportFile] {
    var files: [ExportFile] = []
    for format in formats where format.isPerSession {
      files.append(try file(for: record, format: format, transcript: transcript))
    }
    return files
  }

  /// The file of one session in a per-session format.
  public static func file(
    for record: SessionRecord, format: ExportFormat, transcript: Transcript? = nil
  ) throws(ExportError) -> ExportFile {
    let name = ExportFile.name(for: record, format: format)
    let blocks = transcript?.blocks ?? TranscriptTemplate.blocks(for: record)
    let cues = transcript?.cues
    switch format {
    case .markdown: return ExportFile(name: name, text: MarkdownExporter.render(blocks))
    case .text:
      let text = transcript.map(\.text).flatMap { $0.isEmpty ? nil : $0 }
      return ExportFile(name: name, text: text ?? TextExporter.render(blocks))
    case .docx:
      return ExportFile(name: name, data: try DocxExporter.export(record, blocks: blocks))
    case .vtt: return ExportFile(name: name, text: VTTExporter.export(record, cues: cues))
    case .srt: return ExportFile(name: name, text: SRTExporter.export(record, cues: cues))
    case .json: return ExportFile(name: name, data: JSONExporter.data(record))
    case .eaf: return ExportFile(name: name, text: EAFExporter.export(record))
    case .audacity:
      return ExportFile(name: name, text: AudacityLabelsExporter.export(record, cues: cues))
    case .cue: return ExportFile(name: name, text: CueSheetExporter.export(record, cues: cues))
    case .csv, .descriptors, .qdpx, .labelled, .qdc, .paradata:
      return ExportFile(name: name, data: Data())
    }
  }

  /// The files of a study-level format, one set per protocol, and any conflicts found.
  public static func studyFiles(for sessions: [Loaded], format: ExportFormat) throws(ExportError)
    -> (files: [ExportFile], conflicts: [DescriptorsExporter.Conflict])
  {
    var files: [ExportFile] = []
    var conflicts: [DescriptorsExporter.Conflict] = []
    for group in groups(sessions) {
      let names = format.studyFileNames(protocolID: group.protocolID)
      let records = group.sessions.map(\.record)
      let outline = group.sessions.lazy.compactMap(\.outline).first
      switch format {
      case .csv:
        let answers = AnswersCSVExporter.export(records, outline: outline)
        files += zip(
          names,
          [
            TimingsCSVExporter.export(records), answers.answers, answers.codebook,
            answers.tableSchema,
          ]
        ).map { ExportFile(name: $0, text: $1) }
      case .descriptors:
        let output = DescriptorsExporter.export(records, outline: outline)
        files.append(ExportFile(name: names[0], text: output.csv))
        conflicts += output.conflicts
      case .labelled:
        let coded = group.sessions.map {
          LabelledAnswers.Session(record: $0.record, missing: MissingReason.reasons(in: $0.record))
        }
        let output = LabelledExporter.export(coded, outline: outline, protocolID: group.protocolID)
        files += zip(names, output.texts).map { ExportFile(name: $0, text: $1) }
      case .qdpx:
        let data = try QDPXExporter.export(records, outline: outline, name: group.protocolID)
        files.append(ExportFile(name: names[0], data: data))
      case .qdc:
        let text = QDCExporter.export(
          outline: outline, visited: QDCExporter.visitedQuestions(records),
          protocolID: group.protocolID)
        files.append(ExportFile(name: names[0], text: text))
      default: break
      }
    }
    return (files, conflicts)
  }

  /// Sessions grouped by protocol id, in order of first appearance.
  public static func groups(_ sessions: [Loaded]) -> [(protocolID: String, sessions: [Loaded])] {
    var order: [String] = []
    var byID: [String: [Loaded]] = [:]
    for session in sessions {
      let id = session.record.protocolID
      if byID[id] == nil { order.append(id) }
      byID[id, default: []].append(session)
    }
    return order.map { ($0, byID[$0] ?? []) }
  }
}

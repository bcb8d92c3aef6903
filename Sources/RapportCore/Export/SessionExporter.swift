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

  /// The file of one session in a per-session format.
  public static func file(for record: SessionRecord, format: ExportFormat) throws(ExportError)
    -> ExportFile
  {
    let name = ExportFile.name(for: record, format: format)
    switch format {
    case .markdown: return ExportFile(name: name, text: MarkdownExporter.export(record))
    case .text: return ExportFile(name: name, text: TextExporter.export(record))
    case .docx: return ExportFile(name: name, data: try DocxExporter.export(record))
    case .vtt: return ExportFile(name: name, text: VTTExporter.export(record))
    case .srt: return ExportFile(name: name, text: SRTExporter.export(record))
    case .json: return ExportFile(name: name, text: JSONExporter.export(record))
    case .eaf: return ExportFile(name: name, text: EAFExporter.export(record))
    case .csv, .descriptors, .qdpx: return ExportFile(name: name, data: Data())
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
      case .qdpx:
        let data = try QDPXExporter.export(records, outline: outline, name: group.protocolID)
        files.append(ExportFile(name: names[0], data: data))
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

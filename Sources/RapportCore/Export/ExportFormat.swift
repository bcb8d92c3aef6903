import Foundation

/// The formats `rapport export` writes, and the files each makes.
public enum ExportFormat: String, CaseIterable, Sendable, Comparable {
  case markdown, text, docx, vtt, srt, csv, descriptors, json, eaf, qdpx
  case labelled
  case qdc, audacity, cue, paradata

  /// True when the format makes one file per session; the others make one set of files
  /// per protocol, across all the sessions exported together, or one for the whole export
  /// (`isPerExport`).
  public var isPerSession: Bool {
    switch self {
    case .markdown, .text, .docx, .vtt, .srt, .json, .eaf: true
    case .csv, .descriptors, .qdpx: false
    case .labelled: false
    case .audacity, .cue: true
    case .qdc, .paradata: false
    }
  }

  /// True for a format written once for the whole export, across protocols (`paradata`).
  public var isPerExport: Bool { self == .paradata }

  /// Names of the files a whole-export format writes.
  public var exportFileNames: [String] { self == .paradata ? ParadataExporter.fileNames : [] }

  /// The file extension of a per-session format.
  public var fileExtension: String {
    switch self {
    case .markdown: "md"
    case .text: "txt"
    case .audacity: "audacity.txt"
    default: rawValue
    }
  }

  /// Names of the files a study-level format writes for one protocol.
  public func studyFileNames(protocolID: String) -> [String] {
    let id = ExportFile.safeName(protocolID)
    return switch self {
    case .csv:
      ["timings-\(id).csv", "answers-\(id).csv", "codebook-\(id).csv", "answers-\(id).schema.json"]
    case .descriptors: ["descriptors-\(id).csv"]
    case .qdpx: ["\(id).qdpx"]
    case .labelled: LabelledExporter.fileNames(protocolID: protocolID)
    case .qdc: ["\(id).qdc"]
    default: []
    }
  }

  public static func < (lhs: ExportFormat, rhs: ExportFormat) -> Bool {
    allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
  }
}

/// One file an export makes: a name (no folders) and its bytes.
public struct ExportFile: Equatable, Sendable {
  public var name: String
  public var data: Data

  public init(name: String, data: Data) {
    self.name = name
    self.data = data
  }

  public init(name: String, text: String) {
    self.init(name: name, data: Data(text.utf8))
  }

  /// A name that is safe as a file name anywhere: letters, digits, `.`, `-`, `_`.
  public static func safeName(_ text: String) -> String {
    // A name of those bytes alone (a session id) is its own safe name: no scalar walk.
    if text.utf8.allSatisfy(isSafeByte) {
      return text.hasPrefix(".") || text.isEmpty ? "_" + text : text
    }
    let safe = String(
      text.unicodeScalars.map { scalar -> Character in
        scalar.isASCII
          && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
            || scalar == "-" || scalar == "_" || scalar == ".")
          ? Character(scalar) : "_"
      })
    return safe.hasPrefix(".") || safe.isEmpty ? "_" + safe : safe
  }

  /// An ASCII letter or digit, `-`, `_` or `.`: the bytes `safeName` keeps.
  static func isSafeByte(_ byte: UInt8) -> Bool {
    (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte)
      || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
  }

  /// The per-session file name of `record` in `format`.
  public static func name(for record: SessionRecord, format: ExportFormat) -> String {
    name(sessionID: record.sessionID, format: format)
  }

  /// The per-session file name of the session `sessionID` in `format`.
  public static func name(sessionID: String, format: ExportFormat) -> String {
    safeName(sessionID) + "." + format.fileExtension
  }
}

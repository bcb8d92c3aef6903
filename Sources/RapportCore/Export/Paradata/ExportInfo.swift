import Foundation

/// `export-info.json`: which build exported what, when, from which protocols, so a table
/// received alone can be traced to the protocol texts and sessions it came from.
///
/// Filled a session at a time (a few ids per session, never the notes).
public struct ExportInfo: Equatable, Sendable {
  /// One protocol text the sessions ran: a protocol edited between sessions appears once
  /// per version of its text (its SHA-256 differs).
  public struct ProtocolText: Equatable, Sendable {
    public var id: String
    public var version: String?
    public var title: String?
    public var sha256: String
    public var sessions: Int
  }

  /// One session included.
  public struct Session: Equatable, Sendable {
    public var id: String
    public var participant: String
    public var protocolID: String
    public var protocolSHA256: String
    public var startedAt: Date
    public var status: SessionRecord.Status
    /// The version of Rapport that recorded it.
    public var rapportVersion: String
    /// Its rows in `paradata.csv` (its journal's events).
    public var events: Int
  }

  public var rapportVersion: String
  public var exportedAt: Date
  public var redacted: Bool
  /// How the CSV files' cells were written (`--csv-cells`).
  public var csvCells: CSVTable.Cells
  public private(set) var protocols: [ProtocolText] = []
  public private(set) var sessions: [Session] = []

  public init(
    rapportVersion: String, exportedAt: Date, redacted: Bool,
    csvCells: CSVTable.Cells = .spreadsheetSafe
  ) {
    self.rapportVersion = rapportVersion
    self.exportedAt = exportedAt
    self.redacted = redacted
    self.csvCells = csvCells
  }

  /// Adds a session: its (redacted) record and the journal it was read from.
  public mutating func add(_ record: SessionRecord, entries: [JournalEntry]) {
    let recordedBy: String
    if case .sessionStarted(let start)? = entries.first?.event {
      recordedBy = start.rapportVersion
    } else {
      recordedBy = ""
    }
    sessions.append(
      Session(
        id: record.sessionID, participant: record.participant, protocolID: record.protocolID,
        protocolSHA256: record.protocolSHA256, startedAt: record.startedAt, status: record.status,
        rapportVersion: recordedBy, events: entries.count))
    if let index = protocols.firstIndex(where: {
      $0.id == record.protocolID && $0.sha256 == record.protocolSHA256
    }) {
      protocols[index].sessions += 1
    } else {
      protocols.append(
        ProtocolText(
          id: record.protocolID, version: record.protocolVersion, title: record.protocolTitle,
          sha256: record.protocolSHA256, sessions: 1))
    }
  }

  /// The file's text: pretty JSON, keys in the documented order.
  public var json: String {
    JSONValue.object([
      ("rapport-version", .string(rapportVersion)),
      ("exported-at", .string(ParadataExporter.utc(exportedAt))),
      ("redacted", .bool(redacted)),
      ("csv-cells", .string(csvCells.rawValue)),
      ("text-left-out", .string("notes, flags, cues and skip reasons (their lengths are kept)")),
      (
        "protocols",
        .array(
          protocols.map { text in
            .object([
              ("id", .string(text.id)), ("version", .optional(text.version)),
              ("title", .optional(text.title)), ("sha256", .string(text.sha256)),
              ("sessions", .number(Double(text.sessions))),
            ])
          })
      ),
      (
        "sessions",
        .array(
          sessions.map { session in
            .object([
              ("session", .string(session.id)), ("participant", .string(session.participant)),
              ("protocol-id", .string(session.protocolID)),
              ("protocol-sha256", .string(session.protocolSHA256)),
              ("started-at", .string(ParadataExporter.utc(session.startedAt))),
              ("status", .string(session.status.rawValue)),
              ("recorded-with", .string(session.rapportVersion)),
              ("events", .number(Double(session.events))),
            ])
          })
      ),
    ]).text
  }
}

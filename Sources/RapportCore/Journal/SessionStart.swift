import Crypto
import Foundation

/// Everything a journal must hold to replay a session without anything else on disk.
///
/// The protocol text is snapshotted because the file may be edited after the interview;
/// exports and `resume` use the snapshot, and the SHA-256 proves which text was used.
public struct SessionStart: Equatable, Hashable, Sendable {
  /// The journal format this build writes; readers refuse newer ones.
  public static let currentJournalFormat = 1

  public var sessionID: String
  public var protocolID: String
  public var protocolVersion: String?
  /// The protocol file path as the user gave it on the command line.
  public var protocolPath: String
  /// The protocol file's whole text, exactly as read.
  public var protocolText: String
  /// Lowercase hex SHA-256 of `protocolText` in UTF-8.
  public var protocolSHA256: String
  /// The pseudonymous participant ID, e.g. `P001`.
  public var participant: String
  public var lead: String?
  public var support: String?
  public var rapportVersion: String
  public var journalFormat: Int

  /// Records a new session, hashing the protocol text.
  public init(
    sessionID: String, protocolID: String, protocolVersion: String?, protocolPath: String,
    protocolText: String, participant: String, lead: String? = nil, support: String? = nil,
    rapportVersion: String, journalFormat: Int = SessionStart.currentJournalFormat
  ) {
    self.init(
      sessionID: sessionID, protocolID: protocolID, protocolVersion: protocolVersion,
      protocolPath: protocolPath, protocolText: protocolText,
      protocolSHA256: SessionStart.sha256Hex(of: Data(protocolText.utf8)),
      participant: participant, lead: lead, support: support, rapportVersion: rapportVersion,
      journalFormat: journalFormat)
  }

  /// Rebuilds a start exactly as read from a journal, keeping the recorded hash.
  public init(
    sessionID: String, protocolID: String, protocolVersion: String?, protocolPath: String,
    protocolText: String, protocolSHA256: String, participant: String, lead: String?,
    support: String?, rapportVersion: String, journalFormat: Int
  ) {
    self.sessionID = sessionID
    self.protocolID = protocolID
    self.protocolVersion = protocolVersion
    self.protocolPath = protocolPath
    self.protocolText = protocolText
    self.protocolSHA256 = protocolSHA256
    self.participant = participant
    self.lead = lead
    self.support = support
    self.rapportVersion = rapportVersion
    self.journalFormat = journalFormat
  }

  /// Lowercase hex SHA-256, the form `sha256sum` prints, so a file can be checked by hand.
  public static func sha256Hex(of data: Data) -> String {
    SHA256.hash(data: data).map { byte in
      let hex = String(byte, radix: 16)
      return byte < 16 ? "0" + hex : hex
    }.joined()
  }

  /// Whether the snapshot still matches its recorded hash (a hand-edited journal does not).
  public var snapshotIsIntact: Bool {
    SessionStart.sha256Hex(of: Data(protocolText.utf8)) == protocolSHA256
  }
}

import Foundation

/// Why an export could not be made; messages never quote participant data.
public enum ExportError: LocalizedError, Equatable {
  /// The journal has no `session-started` line first: it is not a session journal.
  case notASessionJournal
  /// A zip member is too large for a zip without the ZIP64 extension (4 GiB).
  case archiveTooLarge(member: String)

  public var errorDescription: String? {
    switch self {
    case .notASessionJournal:
      "the journal does not begin with a 'session-started' line"
    case .archiveTooLarge(let member):
      "'\(member)' is too large for a zip archive (over 4 GiB)"
    }
  }
}

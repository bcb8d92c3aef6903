import Foundation

/// Why an export could not be made; messages never quote participant data.
public enum ExportError: LocalizedError, Equatable {
  /// The journal has no `session-started` line first: it is not a session journal.
  case notASessionJournal
  /// The journal cannot be exported at all (empty, or no session start): the shared wording.
  case unreadableJournal(JournalProblem)
  /// A zip member is too large, or there are too many, for a zip without ZIP64
  /// (4 GiB, 65,535 members).
  case archiveTooLarge(member: String)

  public var errorDescription: String? {
    switch self {
    case .notASessionJournal:
      "the journal does not begin with a 'session-started' line"
    case .unreadableJournal(let problem): problem.sentence
    case .archiveTooLarge(let member):
      "'\(member)' does not fit in a zip archive (over 4 GiB, or over 65,535 files)"
    }
  }
}

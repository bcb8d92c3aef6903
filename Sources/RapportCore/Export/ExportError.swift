import Foundation

/// Why an export could not be made; messages never quote participant data.
public enum ExportError: LocalizedError, Equatable {
  /// The journal has no `session-started` line first: it is not a session journal.
  case notASessionJournal
  /// The journal cannot be exported at all (empty, or no session start): the shared wording.
  case unreadableJournal(JournalProblem)
  /// ZIPFoundation could not write a member (the disk refused, or its source could not be read).
  case archiveFailed(member: String)

  public var errorDescription: String? {
    switch self {
    case .notASessionJournal:
      "the journal does not begin with a 'session-started' line"
    case .unreadableJournal(let problem): problem.sentence
    case .archiveFailed(let member):
      "could not write '\(member)' into the zip archive"
    }
  }
}

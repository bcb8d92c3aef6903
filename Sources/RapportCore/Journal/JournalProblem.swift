/// Something about a journal a user must be told, as a value; `sentence` is the one wording
/// every command (`sessions`, `export`, `resume`, `join`) prints for it.
///
/// Sentences name line numbers, byte counts, versions and paths, never anything typed in
/// the session: they end up in terminals and logs.
public enum JournalProblem: Equatable, Hashable, Sendable {
  /// A complete (newline-terminated) line that does not read as an entry: kept in place.
  case damagedLine(Int)
  /// A complete entry whose event type this build does not know (a newer rapport, or a hand
  /// edit); `type` is shown only when it is a plain kebab-case name.
  case unknownEvent(line: Int, type: String)
  /// Lines past the first few damaged or unknown ones, counted rather than listed.
  case moreLines(Int)
  /// Bytes after the last newline, read but not moved (read-only commands).
  case tornTail(byteCount: Int)
  /// Bytes after the last newline, moved to a recovery file by the process that drives.
  case tornTailSetAside(byteCount: Int, recoveryPath: String)
  /// Bytes after the last newline that could not be moved aside (the disk refused the
  /// recovery file); they stay, and the next append makes them a damaged line.
  case tornTailKept(byteCount: Int, reason: String)
  /// A journal with no bytes at all: a start that failed before its first line.
  case emptyJournal
  /// Bytes, but no session start first: not a session journal, or its first line damaged.
  case noSessionStart
  /// `journal-format` newer than this build's: read where safe, never written.
  case newerFormat(found: Int)
  /// The protocol snapshot does not hash to its recorded SHA-256.
  case snapshotAltered
  /// The protocol file at `protocol-path` no longer holds the text the session began with.
  case protocolFileChanged(path: String)

  /// The plain sentence for this problem (lowercase start, full stop at the end).
  public var sentence: String {
    switch self {
    case .damagedLine(let line):
      "journal line \(line) is damaged and was left out of the replay: a complete line that "
        + "does not read as an event, kept in the journal as it is."
    case .unknownEvent(let line, let type):
      "journal line \(line) holds an event this version of rapport does not know"
        + (Self.isPlainName(type) ? " ('\(type)')" : "")
        + " and was left out of the replay; it is kept in the journal as it is."
    case .moreLines(let count):
      "\(count) more line(s) of the journal could not be read and were left out of the "
        + "replay; they are kept in the journal as they are."
    case .tornTail(let count):
      "the journal ends in \(count) byte(s) without a newline (a write cut short when the "
        + "program stopped; never confirmed on screen); they were left out."
    case .tornTailSetAside(let count, let path):
      "the journal ended in \(count) byte(s) without a newline (a write cut short when the "
        + "program stopped; never confirmed on screen); they were moved to '\(path)' and the "
        + "rest loaded."
    case .tornTailKept(let count, let reason):
      "the journal ends in \(count) byte(s) without a newline (a write cut short when the "
        + "program stopped; never confirmed on screen); they could not be moved aside "
        + "(\(reason)), so they stay in the journal and will read as a damaged line."
    case .emptyJournal:
      "the journal is empty: the session never started (a start that failed left the folder "
        + "behind) and holds nothing."
    case .noSessionStart:
      "the journal does not begin with a session start: it is not a session journal, or its "
        + "first line is damaged."
    case .newerFormat(let found):
      "the journal is format \(found), newer than format \(SessionStart.currentJournalFormat) "
        + "that this version of rapport reads and writes."
    case .snapshotAltered:
      "the protocol snapshot in the journal does not match its recorded SHA-256: the journal "
        + "was edited after the session began."
    case .protocolFileChanged(let path):
      "the protocol file '\(Self.visible(path))' has changed since the session began; the "
        + "session uses its "
        + "own snapshot (the protocol as it was then)."
    }
  }

  /// Whether this build must refuse to append to (or truncate) a journal with this problem.
  public var forbidsWriting: Bool {
    switch self {
    case .newerFormat, .emptyJournal, .noSessionStart, .snapshotAltered: true
    default: false
    }
  }

  /// A path read from a journal (hand-editable) with its control characters shown as `?`,
  /// so a sentence cannot drive the terminal it is printed on.
  static func visible(_ path: String) -> String {
    String(
      String.UnicodeScalarView(
        path.unicodeScalars.map { $0.properties.generalCategory == .control ? "?" : $0 }))
  }

  /// Event type names are shown only when they cannot carry terminal controls or text.
  static func isPlainName(_ type: String) -> Bool {
    guard let first = type.unicodeScalars.first, type.unicodeScalars.count <= 40,
      ("a"..."z").contains(first)
    else { return false }
    return type.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
    }
  }
}

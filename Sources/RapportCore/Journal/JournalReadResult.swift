import Foundation

/// What a journal held: the good entries, and what could not be read, kept for the user.
///
/// Only bytes after the last newline are a torn tail; every newline-terminated line that
/// does not read, the last one included, is damaged and stays in the journal where it is.
public struct JournalReadResult: Equatable, Sendable {
  /// A complete entry whose event type this build does not know.
  public struct UnknownEvent: Equatable, Hashable, Sendable {
    /// One-based line number.
    public var line: Int
    /// The entry's `type`, as written (shown only when it is a plain name).
    public var type: String

    public init(line: Int, type: String) {
      self.line = line
      self.type = type
    }
  }

  /// Every line that parsed, in file order.
  public var entries: [JournalEntry]
  /// Bytes after the last newline: a write cut short when its writer died (appends hold
  /// the journal's lock across write and fsync, so nothing in them was confirmed on screen).
  /// The driving process moves them to a recovery file, after checking under the journal's
  /// lock that they are still the last bytes and still unterminated; readers leave them.
  public var tornTail: Data?
  /// Where `tornTail` begins in the journal, i.e. the length of the journal's good part.
  public var tornTailOffset: Int?
  /// One-based numbers of complete lines that do not parse (a flipped bit, a hand edit, a
  /// torn line a later append terminated). They are reported, never silently dropped, and
  /// never moved: the entries around them still load.
  public var damagedLines: [Int]
  /// Complete entries of an event type this build does not know (e.g. from a newer rapport).
  public var unknownEvents: [UnknownEvent]
  /// The `journal-format` the first line declares when it is a session start, even one
  /// whose other keys this build cannot read.
  public var declaredFormat: Int?

  public init(
    entries: [JournalEntry] = [], tornTail: Data? = nil, tornTailOffset: Int? = nil,
    damagedLines: [Int] = [], unknownEvents: [UnknownEvent] = [], declaredFormat: Int? = nil
  ) {
    self.entries = entries
    self.tornTail = tornTail
    self.tornTailOffset = tornTailOffset
    self.damagedLines = damagedLines
    self.unknownEvents = unknownEvents
    self.declaredFormat = declaredFormat
  }

  /// The session's opening record, when the first readable entry is one.
  public var sessionStart: SessionStart? {
    if case .sessionStarted(let start)? = entries.first?.event { return start }
    return nil
  }

  /// Whether everything in the file was read.
  public var isClean: Bool { tornTail == nil && damagedLines.isEmpty && unknownEvents.isEmpty }

  /// Whether the file held nothing at all (no bytes, or blank lines only).
  public var isEmpty: Bool { entries.isEmpty && isClean }

  /// Whether the journal is of a format newer than this build writes.
  public var isNewerFormat: Bool {
    (declaredFormat ?? sessionStart?.journalFormat ?? 0) > SessionStart.currentJournalFormat
  }

  /// Everything a reader must be told about this journal, most serious first, in the one
  /// wording every command uses. A torn tail is listed as read, not as set aside.
  public var problems: [JournalProblem] { problems(intact: \.snapshotIsIntact) }

  /// `problems`, with whether the start's snapshot matches its hash given by `intact` (a
  /// reader of many sessions of one protocol hashes their shared snapshot once).
  public func problems(intact: (SessionStart) -> Bool) -> [JournalProblem] {
    if isEmpty { return [.emptyJournal] }
    var problems: [JournalProblem] = []
    if isNewerFormat {
      problems.append(.newerFormat(found: declaredFormat ?? sessionStart?.journalFormat ?? 0))
    }
    if let start = sessionStart {
      if !intact(start) { problems.append(.snapshotAltered) }
    } else {
      problems.append(.noSessionStart)
    }
    problems += lineProblems
    if let tornTail { problems.append(.tornTail(byteCount: tornTail.count)) }
    return problems
  }

  /// Damaged lines and unknown events, in line order: the first `listedLines` one by one,
  /// the rest counted in one sentence (a mangled journal must not bury the screen).
  public var lineProblems: [JournalProblem] {
    let damaged = damagedLines.map { (line: $0, problem: JournalProblem.damagedLine($0)) }
    let unknown = unknownEvents.map {
      (line: $0.line, problem: JournalProblem.unknownEvent(line: $0.line, type: $0.type))
    }
    let all = (damaged + unknown).sorted { $0.line < $1.line }.map(\.problem)
    guard all.count > Self.listedLines else { return all }
    return Array(all.prefix(Self.listedLines)) + [.moreLines(all.count - Self.listedLines)]
  }

  /// How many unreadable lines are named one by one.
  public static let listedLines = 5

  /// The first problem that forbids appending to the journal, if any.
  public var writeRefusal: JournalProblem? {
    problems.first(where: \.forbidsWriting)
  }
}

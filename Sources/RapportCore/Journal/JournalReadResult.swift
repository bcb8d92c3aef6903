import Foundation

/// What a journal held: the good entries, and what could not be read, kept for the user.
public struct JournalReadResult: Equatable, Sendable {
  /// Every line that parsed, in file order.
  public var entries: [JournalEntry]
  /// Bytes after the last newline, or a final line that does not parse: the writer died
  /// mid-write. The runner moves these bytes to a recovery file, truncates the journal at
  /// `tornTailOffset`, and tells the user; nothing in them was ever confirmed on screen.
  public var tornTail: Data?
  /// Where `tornTail` begins in the journal, i.e. the length of the journal's good part.
  public var tornTailOffset: Int?
  /// One-based numbers of lines before the last that do not parse. They are reported, never
  /// silently dropped; the entries around them still load.
  public var damagedLines: [Int]

  public init(
    entries: [JournalEntry] = [], tornTail: Data? = nil, tornTailOffset: Int? = nil,
    damagedLines: [Int] = []
  ) {
    self.entries = entries
    self.tornTail = tornTail
    self.tornTailOffset = tornTailOffset
    self.damagedLines = damagedLines
  }

  /// The session's opening record, when the first readable entry is one.
  public var sessionStart: SessionStart? {
    if case .sessionStarted(let start)? = entries.first?.event { return start }
    return nil
  }

  /// Whether everything in the file was read.
  public var isClean: Bool { tornTail == nil && damagedLines.isEmpty }
}

import Foundation
import RapportCore
import RapportTerminal

/// Keeps appended lines in memory; the journal of runner tests.
public final class InMemoryJournal: JournalAppending {
  public private(set) var lines: [Data] = []

  public init() {}

  public func append(_ line: Data) throws(StorageError) {
    lines.append(line)
  }

  /// The entries appended so far, decoded as a reader of the file would.
  public var entries: [JournalEntry] {
    JournalCodec.decode(lines.reduce(Data(), +)).entries
  }
}

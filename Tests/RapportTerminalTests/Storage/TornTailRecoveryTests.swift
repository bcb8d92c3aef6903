import Foundation
import RapportCore
import RapportTerminal
import RapportTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Setting a torn tail aside while another writer appends: never a byte but the tail.
@Suite("Torn tail recovery")
struct TornTailRecoveryTests {
  static let fragment = Data(#"{"at":"2026-01-01T00:00:00.000Z","clock":9,"#.utf8)

  static func note(_ index: Int) -> Data {
    JournalCodec.encodeLine(
      JournalEntry(
        seq: index, writer: "support", at: Date(timeIntervalSince1970: 1_700_000_000),
        clock: Double(index), event: .noted(step: nil, role: .support, text: "note \(index)")))
  }

  /// Leaves a torn write under a writer's shared lock, as a writer killed mid-write would,
  /// unless the journal already ends torn.
  static func tear(_ path: String) {
    let fd = open(path, O_RDWR | O_APPEND)
    guard fd >= 0 else { return }
    defer { close(fd) }
    flock(fd, LOCK_SH)
    defer { flock(fd, LOCK_UN) }
    var info = stat()
    fstat(fd, &info)
    var last: UInt8 = 0x0A
    if info.st_size > 0 { _ = pread(fd, &last, 1, info.st_size - 1) }
    guard last == 0x0A else { return }
    _ = fragment.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
  }

  /// A journal in `temp` with note 1 and a torn write after it, read back: the folder, the
  /// torn tail and where it begins.
  static func tornJournal(in temp: TemporaryFolder) throws -> (SessionFolder, Data, Int) {
    let folder = SessionFolder(path: temp.path)
    try JournalFile(path: folder.journalPath).append(note(1))
    tear(folder.journalPath)
    let read = JournalCodec.decode(try folder.readJournal())
    return (folder, try #require(read.tornTail), try #require(read.tornTailOffset))
  }

  @Test func aLineAppendedBetweenTheReadAndTheRecoveryIsKept() throws {
    let temp = TemporaryFolder()
    let (folder, tail, offset) = try Self.tornJournal(in: temp)
    // The supporter saves a note now, and leaves: its append ends the torn bytes with a
    // newline first.
    try JournalFile(path: folder.journalPath).append(Self.note(2))
    let before = try folder.readJournal()
    #expect(try folder.setAsideTornTail(tail, at: offset) == nil)
    #expect(try folder.readJournal() == before)
    let after = JournalCodec.decode(before)
    #expect(JournalInspection.notes(after.entries).map(\.2) == ["note 1", "note 2"])
    #expect(after.damagedLines == [2])
    #expect(SessionFileProbe.names(in: temp.path).filter { $0.hasPrefix("recovered") }.isEmpty)
  }

  @Test func aTailAlreadySetAsideIsNotCutAgain() throws {
    let temp = TemporaryFolder()
    let (folder, tail, offset) = try Self.tornJournal(in: temp)
    #expect(try folder.setAsideTornTail(tail, at: offset) != nil)
    try JournalFile(path: folder.journalPath).append(Self.note(2))
    let before = try folder.readJournal()
    #expect(try folder.setAsideTornTail(tail, at: offset) == nil)
    #expect(try folder.readJournal() == before)
  }

  @Test func aRecoveryWhileTheOtherWriterIsLiveCutsNothingAndItsNextLineStaysWhole() throws {
    let temp = TemporaryFolder()
    let folder = SessionFolder(path: temp.path)
    // The supporter's terminal: open, holding the journal, for its whole session.
    let supporter = try JournalFile(path: folder.journalPath)
    try supporter.append(Self.note(1))
    Self.tear(folder.journalPath)
    let before = try folder.readJournal()
    let read = JournalCodec.decode(before)
    let tail = try #require(read.tornTail)
    let offset = try #require(read.tornTailOffset)
    #expect(throws: StorageError.self) { try folder.setAsideTornTail(tail, at: offset) }
    #expect(try folder.readJournal() == before)
    // Its next line lands after the torn bytes it never saw, glued: it is written again.
    try supporter.append(Self.note(2))
    let after = JournalCodec.decode(try folder.readJournal())
    #expect(JournalInspection.notes(after.entries).map(\.2) == ["note 1", "note 2"])
    #expect(after.damagedLines == [2])
    #expect(after.tornTail == nil)
    #expect(SessionFileProbe.names(in: temp.path).filter { $0.hasPrefix("recovered") }.isEmpty)
  }

  @Test(.timeLimit(.minutes(2)))
  func aWriterAppendingThroughRepeatedRecoveriesLosesNothing() throws {
    let temp = TemporaryFolder()
    let folder = SessionFolder(path: temp.path)
    let path = folder.journalPath
    try JournalFile(path: path).append(Self.note(0))
    let count = 400
    let acknowledged = Acknowledged()
    // A writer that comes and goes (it holds the journal only while open, as every writer
    // does): recoveries fall between its appends, and its tears between its opens.
    let appender = Thread {
      for index in 1...count {
        // Open only for the append: the file is closed again when the statement ends.
        guard (try? JournalFile(path: path).append(Self.note(index))) != nil else { break }
        acknowledged.add(index)
        // Mostly at full speed; now and then a pause as a typist makes, so recoveries also
        // win the lock on a loaded machine (the test needs both interleavings).
        usleep(index % 10 == 0 ? 8_000 : UInt32.random(in: 0...400))
      }
      acknowledged.finish()
    }
    appender.start()
    var recoveries = 0
    while !acknowledged.isFinished {
      Self.tear(path)
      let read = JournalCodec.decode(try folder.readJournal())
      if let tail = read.tornTail, let offset = read.tornTailOffset {
        // Widen the window between the read and the recovery, as a busy resume would.
        usleep(UInt32.random(in: 0...600))
        // Refused (thrown) while the appender holds the journal: the tail stays.
        if (try? folder.setAsideTornTail(tail, at: offset)) ?? nil != nil { recoveries += 1 }
      }
    }
    let read = JournalCodec.decode(try folder.readJournal())
    let texts = JournalInspection.notes(read.entries).map(\.2)
    let saved = acknowledged.indexes
    #expect(saved.count == count)
    let lost = saved.filter { index in texts.filter { $0 == "note \(index)" }.count != 1 }
    #expect(lost.isEmpty, "\(lost.count) acknowledged lines lost or doubled")
    #expect(recoveries > 0)
    for name in SessionFileProbe.names(in: temp.path) where name.hasPrefix("recovered-") {
      #expect(try Data(contentsOf: URL(fileURLWithPath: "\(temp.path)/\(name)")) == Self.fragment)
    }
  }
}

/// The lines the appender saw confirmed, shared with the test's thread.
private final class Acknowledged: @unchecked Sendable {
  private let lock = NSLock()
  private var saved: [Int] = []
  private var done = false

  func add(_ index: Int) { lock.withLock { saved.append(index) } }
  func finish() { lock.withLock { done = true } }
  var isFinished: Bool { lock.withLock { done } }
  var indexes: [Int] { lock.withLock { saved } }
}

/// The names in a folder, for assertions about what a command left there.
enum SessionFileProbe {
  static func names(in path: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
  }
}

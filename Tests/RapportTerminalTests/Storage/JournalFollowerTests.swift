import Foundation
import RapportCore
import RapportTerminal
import RapportTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

@Suite("Journal follower")
struct JournalFollowerTests {
  static func line(_ seq: Int, _ text: String, writer: String = "support") -> Data {
    JournalCodec.encodeLine(
      JournalEntry(
        seq: seq, writer: writer, at: Date(timeIntervalSince1970: 1_700_000_000), clock: 1,
        event: .noted(step: "q1", role: .support, text: text)))
  }

  /// Appends raw bytes, as a writer caught mid-write would leave them.
  static func appendRaw(_ data: Data, to path: String) throws {
    let handle = try #require(FileHandle(forWritingAtPath: path))
    try handle.seekToEnd()
    try handle.write(contentsOf: data)
    try handle.close()
  }

  static func texts(_ batch: JournalFollower.Batch) -> [String] {
    JournalInspection.notes(batch.entries).map(\.2)
  }

  @Test(arguments: [true, false])
  func readsCompleteLinesAndKeepsAPartialOneUntilItsNewline(notifications: Bool) throws {
    let temp = TemporaryFolder()
    let path = temp.path + "/journal.jsonl"
    let file = try JournalFile(path: path)
    try file.append(Self.line(1, "before"))
    let follower = try JournalFollower(
      path: path, from: Self.line(1, "before").count, useNotifications: notifications)
    #expect(follower.readNew() == JournalFollower.Batch())
    try file.append(Self.line(2, "first"))
    let whole = Self.line(3, "in “flight”")
    try Self.appendRaw(whole.prefix(20), to: path)
    #expect(Self.texts(follower.readNew()) == ["first"])
    #expect(follower.readNew() == JournalFollower.Batch())
    try Self.appendRaw(whole.dropFirst(20), to: path)
    let batch = follower.readNew()
    #expect(Self.texts(batch) == ["in “flight”"])
    #expect(batch.damagedLines == 0)
    #expect(follower.offset == (try Data(contentsOf: URL(fileURLWithPath: path))).count)
  }

  @Test func theWaitDescriptorWakesUpWhenALineIsAppended() throws {
    let temp = TemporaryFolder()
    let path = temp.path + "/journal.jsonl"
    let file = try JournalFile(path: path)
    let follower = try JournalFollower(path: path, from: 0)
    #if os(Linux)
      let fd = try #require(follower.waitDescriptor)
      #expect(follower.usesNotifications)
      var idle = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
      #expect(poll(&idle, 1, 0) == 0)
      try file.append(Self.line(1, "wake up"))
      var ready = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
      #expect(poll(&ready, 1, 2000) == 1)
    #else
      try file.append(Self.line(1, "wake up"))
    #endif
    #expect(Self.texts(follower.readNew()) == ["wake up"])
    #if os(Linux)
      var drained = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
      #expect(poll(&drained, 1, 0) == 0)
    #endif
  }

  @Test func anAppendAfterATornTailStaysAWholeLine() throws {
    let temp = TemporaryFolder()
    let path = temp.path + "/journal.jsonl"
    let file = try JournalFile(path: path)
    try file.append(Self.line(1, "kept"))
    // A writer died mid-write: half a line, no newline, nobody holding the lock.
    try Self.appendRaw(Self.line(1, "torn", writer: "lead").prefix(25), to: path)
    try file.append(Self.line(2, "after the tear"))
    let read = JournalCodec.decode(try Data(contentsOf: URL(fileURLWithPath: path)))
    #expect(JournalInspection.notes(read.entries).map(\.2) == ["kept", "after the tear"])
    #expect(read.damagedLines == [2])
    #expect(read.tornTail == nil)
  }

  @Test func aTailSetAsideUnderTheFollowerIsForgotten() throws {
    let temp = TemporaryFolder()
    let path = temp.path + "/journal.jsonl"
    // The writer has left (a writer holding the journal keeps recovery out).
    try JournalFile(path: path).append(Self.line(1, "kept"))
    let follower = try JournalFollower(path: path, from: 0)
    try Self.appendRaw(Data("{\"seq\":9,".utf8), to: path)
    #expect(Self.texts(follower.readNew()) == ["kept"])
    let folder = SessionFolder(path: temp.path)
    #expect(try folder.setAsideTornTail(Data("{\"seq\":9,".utf8), at: follower.offset) != nil)
    try JournalFile(path: path).append(Self.line(2, "next"))
    let batch = follower.readNew()
    #expect(Self.texts(batch) == ["next"])
    #expect(batch.damagedLines == 0)
  }
}

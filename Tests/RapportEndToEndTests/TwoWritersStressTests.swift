import Foundation
import RapportCore
import RapportTerminal
import RapportTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Two processes append to one journal as fast as they can while a third follows it.
@Suite("two writers, one journal")
struct TwoWritersStressTests {
  static let perWriter = 2000

  @Test(.timeLimit(.minutes(3)))
  func everyEventIsThereExactlyOnceAndTheJournalReplaysCleanly() throws {
    let temp = TemporaryFolder()
    // A paused session to write into: piped input that ends at once pauses it.
    let started = try runProcess(
      RapportBinary.path,
      [
        "run", ShippedProtocols.url("belonging-interview.yaml").path, "--participant", "P031",
        "--responses", temp.path,
      ])
    #expect(started.status == 0, "\(started.stderr)")
    let folder = try #require(JournalInspection.sessionFolders(in: temp.path).first)
    let journalPath = folder + "/journal.jsonl"
    let before = JournalCodec.decode(try Data(contentsOf: URL(fileURLWithPath: journalPath)))
    let follower = try JournalFollower(
      path: journalPath, from: try Data(contentsOf: URL(fileURLWithPath: journalPath)).count)

    let writers = try ["alpha", "beta"].map { name in
      let process = Process()
      process.executableURL = URL(fileURLWithPath: RapportBinary.path)
      process.arguments = [
        "append-stress", folder, "--writer", name, "--count", String(Self.perWriter),
      ]
      try process.run()
      return process
    }
    var followed: [JournalEntry] = []
    var damaged = 0
    let deadline = Date().addingTimeInterval(170)
    while writers.contains(where: \.isRunning), Date() < deadline {
      var wait = pollfd(fd: follower.waitDescriptor ?? -1, events: Int16(POLLIN), revents: 0)
      _ = poll(&wait, 1, follower.timeoutMilliseconds)
      let batch = follower.readNew()
      followed += batch.entries
      damaged += batch.damagedLines
    }
    writers.forEach { $0.waitUntilExit() }
    let rest = follower.readNew()
    followed += rest.entries
    damaged += rest.damagedLines
    #expect(writers.allSatisfy { $0.terminationStatus == 0 })

    let read = JournalCodec.decode(try Data(contentsOf: URL(fileURLWithPath: journalPath)))
    #expect(read.isClean)
    #expect(damaged == 0)
    #expect(Array(read.entries.dropFirst(before.entries.count)) == followed)
    for name in ["alpha", "beta"] {
      let mine = followed.filter { $0.writer == name }
      #expect(mine.map(\.seq) == Array(1...Self.perWriter))
      #expect(
        JournalInspection.notes(mine).map(\.2) == (1...Self.perWriter).map { "\(name) \($0)" })
    }
    let start = try #require(read.sessionStart)
    let loaded = try #require(
      ProtocolLoader.load(text: start.protocolText, path: start.protocolPath).protocol)
    let state = SessionEngine.replay(read.entries, protocol: loaded)
    #expect(state.notes.count == 2 * Self.perWriter)
  }
}

import Foundation
import RapportCore
import RapportTerminal
import RapportTestSupport
import Testing

/// One fault at one call site of the journal's file layer.
struct FaultSite: CustomStringConvertible, Sendable {
  var faults: [(FaultyFileCalls.Call, FaultyFileCalls.Fault)]
  /// False where the file layer works around the fault and the append succeeds.
  var fails = true
  var description: String { faults.map { "\($0.0) \($0.1)" }.joined(separator: " then ") }

  static let all: [FaultSite] = [
    // Where the line landed cannot be told: it is on disk, and the end is read again.
    .init(faults: [(.seek, .error(EIO))], fails: false),
    .init(faults: [(.write, .error(ENOSPC))]),
    .init(faults: [(.write, .error(EIO))]),
    .init(faults: [(.write, .error(EFBIG))]),
    .init(faults: [(.write, .shortWrite(17))]),
    .init(faults: [(.write, .shortWrite(1))]),
    .init(faults: [(.fsync, .error(EIO))]),
    .init(faults: [(.fsync, .error(ENOSPC))]),
    // The cut-back of a short write fails too: the next append must neither keep the
    // fragment glued to a line nor write the event twice.
    .init(faults: [(.write, .shortWrite(40)), (.ftruncate, .error(EIO))]),
    .init(faults: [(.fsync, .error(EIO)), (.ftruncate, .error(EIO))]),
    // The cut-back cannot take the exclusive lock, see the size, or read its bytes back:
    // nothing is cut then, and the next append cuts them.
    .init(faults: [(.write, .shortWrite(40)), (.flock, .error(ENOLCK))]),
    .init(faults: [(.write, .shortWrite(40)), (.fstat, .error(EIO))]),
    .init(faults: [(.write, .shortWrite(40)), (.pread, .error(EIO)), (.ftruncate, .error(EIO))]),
  ]
}

/// A session on a real journal file whose system calls fail on cue.
struct FaultySession {
  let temp = TemporaryFolder()
  let calls = FaultyFileCalls()
  let folder: SessionFolder
  let writer: JournalWriter
  let state: SessionState
  let interview = SessionFixtures.miniInterview

  init() throws {
    let store = SessionStore(root: temp.path + "/Responses")
    let opened = try SessionOpener(store: store, clock: ManualClock()).start(
      protocol: interview, text: "fixture", path: "mini.yaml", participant: "P001", lead: nil,
      support: nil, version: "test")
    folder = opened.folder
    let entries = JournalCodec.decode(try folder.readJournal()).entries
    writer = JournalWriter(
      file: try JournalFile(path: folder.journalPath, calls: calls), writer: "lead",
      clock: ManualClock(), lastSeq: entries.count)
    state = opened.state
  }

  /// Runs `inputs` (with an action before each) and returns the outcome and what was shown.
  func run(
    _ steps: [(before: () throws -> Void, input: LineInput)], rescueRoots: [String] = []
  ) -> (SessionRunner, SessionRunner.Outcome, String) {
    var shown: [String] = []
    let runner = SessionRunner(
      protocol: interview, state: state, journal: writer, reader: InterleavingReader(steps),
      terminal: TerminalInfo(
        inputIsTerminal: false, outputIsTerminal: false, width: 200, color: false),
      folder: folder, rescueRoots: rescueRoots, output: { shown.append($0) })
    let outcome = runner.run()
    return (runner, outcome, shown.joined(separator: "\n"))
  }

  /// The notes in a journal, in order.
  static func notes(_ data: Data) -> [String] {
    JournalCodec.decode(data).entries.compactMap { entry in
      if case .noted(_, _, let text) = entry.event { text } else { nil }
    }
  }
}

@Suite("A failing disk at every call site of the journal")
struct DiskFaultSessionTests {
  func nothing() {}

  @Test(arguments: FaultSite.all)
  func theInterviewGoesOnAndEveryNoteLandsOnceInOrder(_ site: FaultSite) throws {
    let session = try FaultySession()
    var before = Data()
    let (runner, outcome, shown) = session.run([
      (nothing, .line("2")), (nothing, .line("3")), (nothing, .line("1 2")),
      (nothing, .line("")), (nothing, .line("")), (nothing, .line("note A")),
      (
        {
          before = try session.folder.readJournal()
          for (call, fault) in site.faults { session.calls.fail(call, with: fault) }
        }, .line("note B")
      ),
      (nothing, .line("note C")), (nothing, .line("note D")),
    ])
    #expect(outcome == .stopped)
    #expect(shown.contains("not saved: ") == site.fails)
    #expect(runner.unsaved == 0)
    let after = try session.folder.readJournal()
    // Nothing saved before the fault changed by a byte.
    #expect(after.prefix(before.count) == before)
    let read = JournalCodec.decode(after)
    #expect(read.damagedLines.isEmpty)
    #expect(read.tornTail == nil)
    #expect(FaultySession.notes(after) == ["note A", "note B", "note C", "note D"])
    let seqs = read.entries.filter { $0.writer == "lead" }.map(\.seq)
    #expect(seqs == Array(1...seqs.count))
    #expect(read.entries.last?.event == .paused)
  }

  @Test func aDiskFullUntilTheEndIsRescuedToAnotherFolder() throws {
    let session = try FaultySession()
    let rescue = session.temp.path + "/rescue"
    let (runner, _, shown) = session.run(
      [
        (nothing, .line("2")), (nothing, .line("3")), (nothing, .line("1 2")),
        (nothing, .line("")), (nothing, .line("")),
        ({ session.calls.failAlways(.write, with: .error(ENOSPC)) }, .line("note A")),
        (nothing, .line("note B")),
      ], rescueRoots: [session.temp.path + "/missing/parent", rescue])
    #expect(shown.contains("not saved: the disk is full; kept in memory (1 unsaved)"))
    #expect(shown.contains("UNSAVED 2"))
    #expect(runner.unsaved == 0)
    let copy = try #require(runner.folder)
    #expect(copy.path == rescue + "/" + session.folder.name)
    let unwrapped = shown.replacingOccurrences(of: "\n  ", with: " ")
    #expect(unwrapped.contains("the whole session was written to '\(copy.path)' instead"))
    let data = try copy.readJournal()
    #expect(FaultySession.notes(data) == ["note A", "note B"])
    #expect(JournalCodec.decode(data).entries.last?.event == .paused)
    #expect(FaultySession.notes(try session.folder.readJournal()).isEmpty)
    #expect(try mode(copy.path) == 0o700)
    #expect(try mode(copy.journalPath) == 0o600)
  }

  @Test func savetoMovesTheSessionAndItGoesOnThere() throws {
    let session = try FaultySession()
    let elsewhere = session.temp.path + "/usb"
    let (runner, _, shown) = session.run([
      (nothing, .line("2")), (nothing, .line("3")), (nothing, .line("1 2")),
      (nothing, .line("")), (nothing, .line("")), (nothing, .line("note A")),
      ({ session.calls.failAlways(.write, with: .error(ENOSPC)) }, .line("note B")),
      (nothing, .line("note C")), (nothing, .line("/saveto \(elsewhere)")),
      (nothing, .line("note D")),
    ])
    let moved = try #require(runner.folder)
    #expect(moved.path == "\(elsewhere)/\(session.folder.name)")
    #expect(shown.contains("saved: the whole session is now in '\(moved.path)'"))
    #expect(
      FaultySession.notes(try moved.readJournal()) == ["note A", "note B", "note C", "note D"])
    // The old journal keeps what it had, whole.
    #expect(FaultySession.notes(try session.folder.readJournal()) == ["note A"])
    #expect(JournalCodec.decode(try moved.readJournal()).damagedLines.isEmpty)
  }

  @Test func savetoNeverWritesIntoAnExistingSessionFolder() throws {
    let session = try FaultySession()
    let elsewhere = session.temp.path + "/usb"
    try FileManager.default.createDirectory(
      atPath: "\(elsewhere)/\(session.folder.name)", withIntermediateDirectories: true)
    let (runner, _, _) = session.run([(nothing, .line("/saveto \(elsewhere)"))])
    #expect(runner.folder?.path == "\(elsewhere)/\(session.folder.name)-2")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: "\(elsewhere)/\(session.folder.name)")
        .isEmpty)
  }

  func mode(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as? Int ?? 0) & 0o777
  }
}

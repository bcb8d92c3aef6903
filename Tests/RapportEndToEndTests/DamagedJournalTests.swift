import Foundation
import RapportCore
import RapportTestSupport
import Testing

/// The damaged-journals matrix: each kind of damage, each command, its exact message, and
/// the journal's bytes unchanged afterwards (but for a torn tail that `resume` moves out).
@Suite("damaged journals, every command")
struct DamagedJournalTests {
  static let torn = Data(#"{"at":"2026-01-01T00:00:00.000Z","clock":9,"seq":99,"te"#.utf8)

  static func tornSentence(moved recovery: String? = nil) -> String {
    let count = torn.count
    guard let recovery else {
      return "the journal ends in \(count) byte(s) without a newline (a write cut short when the "
        + "program stopped; never confirmed on screen); they were left out."
    }
    return "the journal ended in \(count) byte(s) without a newline (a write cut short when the "
      + "program stopped; never confirmed on screen); they were moved to '\(recovery)' and the "
      + "rest loaded."
  }

  static func damagedSentence(_ line: Int) -> String {
    "journal line \(line) is damaged and was left out of the replay: a complete line that does "
      + "not read as an event, kept in the journal as it is."
  }

  static let newerSentence =
    "the journal is format 99, newer than format 1 that this version of rapport reads and writes."
  static let snapshotSentence =
    "the protocol snapshot in the journal does not match its recorded SHA-256: the journal was "
    + "edited after the session began."

  /// `sessions` and `export` read the journal without changing a byte; so does `join` when
  /// it only reads (and types nothing).
  static func readersLeaveItAlone(
    _ session: DamagedJournalSession, sessionsSay: String, exportSays: String, exportStatus: Int32
  ) throws {
    let before = session.journal
    let listing = try session.sessions()
    #expect(listing.status == 0)
    #expect(listing.stderr == sessionsSay)
    let export = try session.export()
    #expect(export.status == exportStatus, "\(export.stderr)")
    #expect(export.stderr.hasPrefix(exportSays), "\(export.stderr)")
    #expect(session.journal == before)
  }

  @Test func aTornTailIsLeftByReadersAndMovedOutByResume() throws {
    let session = try DamagedJournalSession()
    let whole = session.journal
    session.journal = whole + Self.torn
    let warning = "session '\(session.name)': \(Self.tornSentence())"
    try Self.readersLeaveItAlone(
      session, sessionsSay: "warning: \(warning)\n", exportSays: "warning: \(warning)\n",
      exportStatus: 0)
    #expect(session.row(try session.sessions()).contains("paused (needs recovery)"))
    let joined = try session.join()
    #expect(joined.status == 0)
    #expect(joined.stderr == "", "a partial line may be a write in flight: not reported")
    #expect(session.journal == whole + Self.torn)
    let resumed = try session.resume()
    #expect(resumed.status == 0)
    let recovery = session.folder + "/recovered-1.jsonl"
    #expect(resumed.stderr == "note: \(Self.tornSentence(moved: recovery))\n")
    #expect(try Data(contentsOf: URL(fileURLWithPath: recovery)) == Self.torn)
    #expect(session.journal.prefix(whole.count) == whole)
    #expect(JournalCodec.decode(session.journal).isClean)
  }

  @Test func aTornTailTheDiskWillNotTakeStaysAndNothingIsLeftBehind() throws {
    let session = try DamagedJournalSession()
    // Larger than the 4 KiB file size limit below, so its copy cannot be written.
    let torn = Data(repeating: UInt8(ascii: "x"), count: 6000)
    let damaged = session.journal + torn
    session.journal = damaged
    let result = try runProcess(
      "/bin/bash",
      [
        "-c", "trap '' XFSZ; ulimit -f 4; exec \"$0\" \"$@\"", RapportBinary.path, "resume",
        session.name, "--responses", session.responses,
      ])
    #expect(result.stderr.contains("they could not be moved aside ("), "\(result.stderr)")
    #expect(result.stderr.contains("so they stay in the journal and will read as a damaged line."))
    #expect(session.journal.prefix(damaged.count) == damaged)
    #expect(session.recoveredFiles.isEmpty, "no partial copy left behind")
  }

  @Test(arguments: [true, false])
  func aDamagedWholeLineStaysWhereItIs(isLast: Bool) throws {
    let session = try DamagedJournalSession()
    var lines = session.lines
    let index = isLast ? lines.count - 1 : 2
    lines[index][lines[index].count - 2] ^= 0x01  // one flipped bit in the closing brace
    let damaged = lines.reduce(Data(), +)
    session.journal = damaged
    let warning = "session '\(session.name)': \(Self.damagedSentence(index + 1))"
    try Self.readersLeaveItAlone(
      session, sessionsSay: "warning: \(warning)\n", exportSays: "warning: \(warning)\n",
      exportStatus: 0)
    #expect(session.row(try session.sessions()).contains("(damaged lines)"))
    let joined = try session.join()
    #expect(joined.stderr == "note: \(Self.damagedSentence(index + 1))\n")
    let resumed = try session.resume()
    #expect(resumed.status == 0)
    #expect(resumed.stderr == "note: \(Self.damagedSentence(index + 1))\n")
    #expect(session.recoveredFiles.isEmpty, "a whole line is never moved out")
    #expect(session.journal.prefix(damaged.count) == damaged)
  }

  @Test func anEventOfANewerRapportIsNamedAndKept() throws {
    let session = try DamagedJournalSession()
    let line =
      Data(
        #"{"at":"2026-01-01T00:00:00.000Z","clock":1,"seq":50,"type":"teleported","writer":"lead"}"#
          .utf8) + Data([0x0A])
    let journal = session.journal + line
    session.journal = journal
    let sentence =
      "journal line \(session.lines.count) holds an event this version of rapport does not know "
      + "('teleported') and was left out of the replay; it is kept in the journal as it is."
    let warning = "session '\(session.name)': \(sentence)"
    try Self.readersLeaveItAlone(
      session, sessionsSay: "warning: \(warning)\n", exportSays: "warning: \(warning)\n",
      exportStatus: 0)
    let resumed = try session.resume()
    #expect(resumed.status == 0)
    #expect(resumed.stderr == "note: \(sentence)\n")
    #expect(session.journal.prefix(journal.count) == journal)
  }

  @Test(arguments: [false, true])
  func aNewerFormatIsReadWithAWarningAndNeverWritten(withTornTail: Bool) throws {
    let session = try DamagedJournalSession()
    let original = String(decoding: session.journal, as: UTF8.self)
    let newer =
      Data(
        original.replacingOccurrences(of: #""journal-format":1"#, with: #""journal-format":99"#)
          .utf8) + (withTornTail ? Self.torn : Data())
    session.journal = newer
    let warning = "session '\(session.name)': \(Self.newerSentence)"
    var readers = ["warning: \(warning)"]
    if withTornTail { readers.append("warning: session '\(session.name)': \(Self.tornSentence())") }
    try Self.readersLeaveItAlone(
      session, sessionsSay: readers.joined(separator: "\n") + "\n",
      exportSays: "warning: \(warning)\n", exportStatus: 0)
    #expect(session.row(try session.sessions()).contains("paused (newer format"))
    let warnings = try session.exportedJSON()["warnings"] as? [String]
    #expect(warnings?.contains(Self.newerSentence) == true)
    let refusal =
      "error: session '\(session.folder)': \(Self.newerSentence) Refusing to write to it: "
      + "continue it with a newer rapport ('rapport sessions' and 'rapport export' can still "
      + "read it).\n"
    for command in [session.resume, session.join] {
      let result = try command()
      #expect(result.status == 1)
      #expect(result.stderr == refusal)
      #expect(session.journal == newer, "not a byte written, nor the torn tail cut")
    }
    #expect(session.recoveredFiles.isEmpty)
  }

  /// A journal that holds no session: the readers warn with `sentence` and leave it alone,
  /// `rapport sessions` lists it `listedAs`, and resume and join refuse it: nothing to go on.
  static func nothingToContinue(
    _ session: DamagedJournalSession, sentence: String, listedAs: String
  ) throws {
    let warning = "session '\(session.name)': \(sentence)"
    try readersLeaveItAlone(
      session, sessionsSay: "warning: \(warning)\n", exportSays: "warning: \(warning)\n",
      exportStatus: 1)
    #expect(session.row(try session.sessions()).contains(listedAs))
    for command in [session.resume, session.join] {
      let result = try command()
      #expect(result.status == 1)
      #expect(
        result.stderr == "error: session '\(session.folder)': \(sentence) There is nothing to "
          + "continue.\n")
    }
  }

  @Test func anEmptyJournalIsNeverStartedAndNotOfferedAgain() throws {
    let session = try DamagedJournalSession()
    session.journal = Data()
    let sentence =
      "the journal is empty: the session never started (a start that failed left the folder "
      + "behind) and holds nothing."
    try Self.nothingToContinue(session, sentence: sentence, listedAs: "never started")
    #expect(session.journal.isEmpty)
    let again = try session.rapport(
      ["run", session.protocolPath, "--participant", "P001", "--responses", session.responses])
    #expect(!again.stdout.contains("already has"), "a stub is not offered for resuming")
    #expect(JournalInspection.sessionFolders(in: session.responses).count == 2)
  }

  @Test func aJournalWithoutItsStartIsNotASession() throws {
    let session = try DamagedJournalSession()
    let headless = session.lines.dropFirst().reduce(Data(), +)
    session.journal = headless
    let sentence =
      "the journal does not begin with a session start: it is not a session journal, or its "
      + "first line is damaged."
    try Self.nothingToContinue(session, sentence: sentence, listedAs: "not a session")
    #expect(session.journal == headless)
  }

  @Test func anEditedSnapshotIsMarkedOnExportAndRefusedForWriting() throws {
    let session = try DamagedJournalSession()
    let original = String(decoding: session.journal, as: UTF8.self)
    let edited = Data(
      original.replacingOccurrences(
        of: #""protocol-text":""#, with: ##""protocol-text":"# edited\n"##
      ).utf8)
    session.journal = edited
    let warning = "session '\(session.name)': \(Self.snapshotSentence)"
    try Self.readersLeaveItAlone(
      session, sessionsSay: "warning: \(warning)\n", exportSays: "warning: \(warning)\n",
      exportStatus: 0)
    #expect(session.row(try session.sessions()).contains("paused (snapshot edited)"))
    let exported = try session.exportedJSON()
    #expect((exported["protocol"] as? [String: Any])?["snapshot-intact"] as? Bool == false)
    #expect((exported["warnings"] as? [String])?.contains(Self.snapshotSentence) == true)
    let refusal =
      "error: session '\(session.folder)': \(Self.snapshotSentence) Refusing to continue it with "
      + "a protocol that may not be the one the session used.\n"
    for command in [session.resume, session.join] {
      let result = try command()
      #expect(result.status == 1)
      #expect(result.stderr == refusal)
      #expect(session.journal == edited)
    }
  }

  @Test func aChangedProtocolFileIsSaidOnceWhereTheSnapshotIsUsed() throws {
    let session = try DamagedJournalSession()
    let handle = try #require(FileHandle(forWritingAtPath: session.protocolPath))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data("# revised after the session began\n".utf8))
    try handle.close()
    let sentence =
      "the protocol file '\(session.protocolPath)' has changed since the session began; the "
      + "session uses its own snapshot (the protocol as it was then)."
    let journal = session.journal
    try Self.readersLeaveItAlone(
      session, sessionsSay: "",
      exportSays: "warning: session '\(session.name)': \(sentence)\n", exportStatus: 0)
    let joined = try session.join()
    #expect(joined.stderr == "note: \(sentence)\n")
    let resumed = try session.resume()
    #expect(resumed.status == 0)
    #expect(resumed.stderr == "note: \(sentence)\n")
    #expect(session.journal.prefix(journal.count) == journal)
  }
}

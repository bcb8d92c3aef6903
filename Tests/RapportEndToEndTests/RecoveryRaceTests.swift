import Foundation
import RapportCore
import RapportTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `rapport resume` setting a torn tail aside while another process appends notes.
@Suite("recovery races")
struct RecoveryRaceTests {
  static let trials = 12
  static let notesPerTrial = 30

  /// A torn write left under a writer's shared lock, as by a writer killed mid-write.
  static func tear(_ path: String) {
    let fd = open(path, O_WRONLY | O_APPEND)
    guard fd >= 0 else { return }
    defer { close(fd) }
    flock(fd, LOCK_SH)
    let torn = Data(#"{"at":"2026-01-01T00:00:00.000Z","clock":9,"seq":"#.utf8)
    _ = torn.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    flock(fd, LOCK_UN)
  }

  @Test(.timeLimit(.minutes(3)))
  func noNoteAppendedDuringAResumeIsLost() throws {
    let session = try DamagedJournalSession()
    for trial in 1...Self.trials {
      Self.tear(session.journalPath)
      let appender = Process()
      appender.executableURL = URL(fileURLWithPath: RapportBinary.path)
      appender.arguments = [
        "append-stress", session.folder, "--writer", "w\(trial)", "--count",
        String(Self.notesPerTrial), "--interval-ms", "2",
      ]
      try appender.run()
      let resumed = try session.resume()
      appender.waitUntilExit()
      #expect(resumed.status == 0, "\(resumed.stderr)")
      // Exit 0: every one of its appends returned, i.e. was acknowledged as saved.
      #expect(appender.terminationStatus == 0)
    }
    let read = JournalCodec.decode(session.journal)
    let texts = JournalInspection.notes(read.entries).map(\.2)
    var lost = 0
    for trial in 1...Self.trials {
      for index in 1...Self.notesPerTrial
      where texts.filter({ $0 == "w\(trial) \(index)" }).count != 1 {
        lost += 1
      }
    }
    #expect(lost == 0, "\(lost) of \(Self.trials * Self.notesPerTrial) acknowledged notes lost")
    // Each torn write was either moved out whole or ended by the appender and kept.
    #expect(read.tornTail == nil)
    #expect(session.recoveredFiles.count + read.damagedLines.count == Self.trials)
  }
}

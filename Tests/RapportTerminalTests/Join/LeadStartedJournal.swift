import Foundation
import RapportCore
import RapportTerminal
import RapportTestSupport

/// The set-up of the join runner tests: a journal on disk in which the lead's terminal
/// started the mini interview, and the state folded from it.
struct LeadStartedJournal {
  let temp = TemporaryFolder()
  let clock = ManualClock()
  /// The session folder the journal is in (the temporary folder itself unless named).
  let folder: SessionFolder
  let state: SessionState

  init(folderName: String? = nil) throws {
    let root = temp.path
    let folder = SessionFolder(path: folderName.map { root + "/" + $0 } ?? root)
    try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
    self.folder = folder
    let interview = SessionFixtures.miniInterview
    let lead = JournalWriter(
      file: try JournalFile(path: folder.journalPath), writer: "lead", clock: clock)
    var state = SessionState(protocol: interview)
    try lead.commit(SessionEngine.start(SessionFixtures.start, protocol: interview), to: &state)
    self.state = state
  }

  var path: String { folder.journalPath }

  /// A follower of the journal from its first byte, polling (no file notifications).
  func follower() throws -> JournalFollower {
    try JournalFollower(path: path, from: 0, useNotifications: false)
  }
}

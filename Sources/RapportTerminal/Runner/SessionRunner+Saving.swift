import Foundation
import RapportCore

/// What the runner says and does when the disk refuses entries: `/saveto`, the unsaved
/// marker, and the rescue copy at the end.
extension SessionRunner {
  /// The line under the status line while entries are kept in memory only.
  var unsavedLine: String {
    let text = "UNSAVED \(unsaved) — kept in memory, not on disk; /saveto PATH writes elsewhere"
    return terminal.color ? "\u{1B}[1;31m" + text + "\u{1B}[0m" : text
  }

  /// Says what happened to the entries of one commit, in one sentence, when it matters.
  func reportSaving(_ report: SaveReport) {
    // A retry that failed again with nothing new to keep is not news.
    if let failure = report.failure, !report.entries.isEmpty {
      say(SavingWords.notSaved(failure, unsaved: report.unsaved))
    } else if report.recovered > 0 {
      say(SavingWords.savedNow(report.recovered))
    }
  }

  /// `/saveto PATH`: a copy of the session (what is on disk and what is kept in memory) in a
  /// new folder under PATH, where the journal goes on from now on.
  func saveTo(_ typed: String) {
    let root = NSString(string: typed).expandingTildeInPath
    guard let folder else {
      say("/saveto needs a session folder; this session has none")
      return
    }
    switch moveSession(from: folder, to: root) {
    case .success(let moved):
      say(
        "saved: the whole session is now in '\(moved.path)' and continues there; "
          + "'\(folder.path)' stops at its last saved entry.")
      showScreenIfChanged(force: true)
    case .failure(let error):
      say("not saved to '\(root)': \(error.reason); the entries stay in memory.")
    }
  }

  /// At the end: written in place if the disk has room again, else copied to a rescue folder.
  func rescueUnsaved() {
    guard unsaved > 0 else { return }
    let count = unsaved
    if (try? journal.flush()) != nil {
      say(SavingWords.savedNow(count))
      return
    }
    guard let folder else { return }
    for root in rescueRoots {
      if case .success(let moved) = moveSession(from: folder, to: root) {
        say(
          "\(SavingWords.entries(count)) could not be written to '\(folder.path)'; the whole session was "
            + "written to '\(moved.path)' instead. Move that folder into your responses "
            + "folder when there is room.")
        return
      }
    }
    say(
      "NOT SAVED: \(SavingWords.entries(count)) could not be written anywhere (tried "
        + ([folder.path] + rescueRoots).map { "'\($0)'" }.joined(separator: ", ") + ").")
  }

  private func moveSession(from folder: SessionFolder, to root: String)
    -> Result<SessionFolder, StorageError>
  {
    do {
      let moved = try SessionCopier().copy(folder, pending: journal.pending, into: root)
      let file = try JournalFile(path: moved.journalPath)
      // The copy is this session's journal now: no other terminal may drive it meanwhile.
      var locks: [DriverLock] = []
      if let lock = try DriverLock.acquire(moved) { locks.append(lock) }
      if let lock = try DriverLock.acquireWriter(moved, writer: journal.writer) {
        locks.append(lock)
      }
      journal.moveTo(file)
      movedLocks = locks
      self.folder = moved
      // The other terminal writes to the old journal; news from it would not be in this one.
      follower = nil
      let live = terminal.inputIsTerminal && terminal.outputIsTerminal
      reader.keepLive(background: nil, ticker: live ? ScreenTickerLink(self) : nil)
      reader.moveHistory(to: moved.historyPath)
      return .success(moved)
    } catch {
      return .failure(error)
    }
  }
}

/// The sentences about saving, shared by both terminals.
public enum SavingWords {
  /// An entry the disk refused: what, why, and what happens to it.
  ///
  /// `elsewhere`: the terminal can write the session to another folder (`/saveto`); the
  /// supporter's cannot, and their lines are written elsewhere when they leave instead.
  public static func notSaved(_ failure: StorageError, unsaved: Int, elsewhere: Bool = true)
    -> String
  {
    "not saved: \(failure.reason); kept in memory (\(unsaved) unsaved), will retry with the "
      + "next entry — "
      + (elsewhere
        ? "type /saveto PATH to write the session elsewhere"
        : "if the disk stays full they are written to a rescue folder when you leave")
  }

  /// "1 entry", "3 entries".
  public static func entries(_ count: Int) -> String {
    count == 1 ? "1 entry" : "\(count) entries"
  }

  /// Entries kept in memory reached the disk.
  public static func savedNow(_ count: Int) -> String {
    count == 1
      ? "saved now: the entry kept in memory is on disk."
      : "saved now: the \(count) entries kept in memory are on disk."
  }
}

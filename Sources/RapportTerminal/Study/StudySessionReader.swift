import Foundation
import RapportCore

/// Reads the interview sessions of a study from one or more responses folders (one per
/// site), each journal into a `StudySession`.
public enum StudySessionReader {
  /// Every session of protocol `protocolID` in `folders`, in folder order, and a sentence
  /// for each journal that could not be read (names only, never notes).
  public static func sessions(in folders: [String], protocolID: String) -> (
    sessions: [StudySession], problems: [String]
  ) {
    var sessions: [StudySession] = []
    var problems: [String] = []
    var reader = JournalExportReader()
    for root in folders {
      for folder in SessionStore(root: root).allSessions()
      where folder.name.contains("_\(protocolID)_") {
        do {
          let result = try reader.read(folder.readJournal())
          guard result.start.protocolID == protocolID else { continue }
          problems += result.problems.map { "session '\(folder.path)': \($0)" }
          sessions.append(
            StudySession(
              folder: root, record: result.session.record, isLive: DriverLock.isHeld(folder)))
        } catch {
          problems.append("session '\(folder.path)': \(error.localizedDescription)")
        }
      }
    }
    return (sessions, problems)
  }
}

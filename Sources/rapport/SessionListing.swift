import Foundation
import RapportCore
import RapportTerminal

/// The table `rapport sessions` prints: one row a session, read from its journal only.
///
/// A journal may have been edited by hand and a folder named by anyone, so every cell is
/// shown through `TerminalText` (one line, controls visible, at most `cellLimit`
/// characters) before the columns are padded.
enum SessionListing {
  /// The widest a cell may be: longer names and ids are cut, with their length.
  static let cellLimit = 64

  static let header = [
    "SESSION", "PARTICIPANT", "PROTOCOL", "STARTED (UTC)", "DURATION", "STATUS", "STEPS",
    "NOTES", "FLAGS",
  ]

  static func row(for folder: SessionFolder) -> [String] {
    guard let data = try? folder.readJournal() else {
      return [folder.name, "?", "?", "?", "?", "unreadable", "?", "?", "?"]
    }
    let read = JournalCodec.decode(data)
    let interviewProtocol = read.sessionStart.flatMap {
      ProtocolLoader.load(text: $0.protocolText, path: $0.protocolPath).protocol
    }
    let summary = SessionSummary(
      entries: read.entries, isWriterAlive: DriverLock.isHeld(folder),
      protocol: interviewProtocol)
    let steps =
      summary.stepsTotal.map { "\(summary.stepsCovered)/\($0)" } ?? "\(summary.stepsCovered)"
    var status = summary.status.rawValue
    if !read.isClean { status += " (needs recovery)" }
    return [
      folder.name, summary.participant ?? "?", summary.protocolID ?? "?",
      summary.started.map(stamp) ?? "?", ClockFormat.minutes(summary.duration), status, steps,
      "\(summary.notesCount)", "\(summary.flagsCount)",
    ]
  }

  static func table(_ rows: [[String]]) -> String {
    let all = [header] + rows.map { $0.map { TerminalText.line($0, limit: cellLimit) } }
    let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
    return all.map { row in
      row.enumerated().map { index, cell in
        index == row.count - 1
          ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
      }.joined(separator: "  ")
    }.joined(separator: "\n")
  }

  private static func stamp(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd HH:mm"
    return formatter.string(from: date)
  }
}

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

  /// One session's row, and the warnings (`session 'NAME': sentence`) about its journal.
  static func row(for folder: SessionFolder) -> (row: [String], warnings: [String]) {
    func unknown(_ status: String) -> [String] {
      [folder.name, "?", "?", "?", "?", status, "?", "?", "?"]
    }
    let data: Data
    do {
      data = try folder.readJournal()
    } catch {
      return (unknown("unreadable"), [error.localizedDescription])
    }
    let read = JournalCodec.decode(data)
    let warnings = read.problems.map { "session '\(folder.name)': \($0.sentence)" }
    if read.isEmpty { return (unknown("never started"), warnings) }
    guard let start = read.sessionStart else { return (unknown("not a session"), warnings) }
    let interviewProtocol = ProtocolLoader.load(
      text: start.protocolText, path: start.protocolPath
    ).protocol
    let summary = SessionListingRow(
      entries: read.entries, isWriterAlive: DriverLock.isHeld(folder),
      protocol: interviewProtocol)
    let steps =
      summary.stepsTotal.map { "\(summary.stepsCovered)/\($0)" } ?? "\(summary.stepsCovered)"
    var status = summary.status.rawValue
    var marks: [String] = []
    for word in read.problems.compactMap(mark) where !marks.contains(word) { marks.append(word) }
    if !marks.isEmpty { status += " (\(marks.joined(separator: ", ")))" }
    let row = [
      folder.name, summary.participant ?? "?", summary.protocolID ?? "?",
      summary.started.map(stamp) ?? "?", ClockFormat.minutes(summary.duration), status, steps,
      "\(summary.notesCount)", "\(summary.flagsCount)",
    ]
    return (row, warnings)
  }

  /// The few words STATUS shows for a problem (the warning says the rest).
  private static func mark(_ problem: JournalProblem) -> String? {
    switch problem {
    case .newerFormat: "newer format"
    case .snapshotAltered: "snapshot edited"
    case .tornTail: "needs recovery"
    case .damagedLine, .unknownEvent: "damaged lines"
    default: nil
    }
  }

  /// Columns a narrow terminal loses first, least needed first; SESSION (which starts with
  /// the participant id) and STATUS always stay.
  static let droppedFirst = [
    "FLAGS", "NOTES", "PROTOCOL", "STEPS", "DURATION", "STARTED (UTC)", "PARTICIPANT",
  ]

  /// The table; with `width` (a terminal's columns), columns are left out until it fits.
  static func table(_ rows: [[String]], width: Int? = nil) -> String {
    let all = [header] + rows.map { $0.map { TerminalText.line($0, limit: cellLimit) } }
    let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
    var kept = Array(header.indices)
    func total() -> Int { kept.map { widths[$0] }.reduce(0, +) + 2 * max(0, kept.count - 1) }
    for name in droppedFirst {
      guard let width, total() > width, let column = header.firstIndex(of: name) else { break }
      kept.removeAll { $0 == column }
    }
    return all.map { row in
      kept.enumerated().map { position, column in
        position == kept.count - 1
          ? row[column] : row[column].padding(toLength: widths[column], withPad: " ", startingAt: 0)
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

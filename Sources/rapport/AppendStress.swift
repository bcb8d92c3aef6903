import ArgumentParser
import Foundation
import RapportCore
import RapportTerminal

extension Rapport {
  /// A hidden helper for the two-writer tests and the latency script: appends notes to a
  /// session's journal as fast as it can, through the same writer the terminals use.
  struct AppendStress: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "append-stress",
      abstract: "Append N notes to a session journal at full speed (testing aid).",
      shouldDisplay: false)

    @Argument(help: "The session folder.")
    var folder: String

    @Option(help: "The writer name the lines carry.")
    var writer: String

    @Option(help: "How many notes to append.")
    var count: Int

    @Option(help: "Milliseconds to wait between notes (0: full speed).")
    var intervalMs = 0

    func run() throws {
      let session = SessionFolder(path: folder)
      try StandardError.failing {
        let read = JournalCodec.decode(try session.readJournal())
        let lastSeq = read.entries.filter { $0.writer == writer }.map(\.seq).max() ?? 0
        let journal = JournalWriter(
          file: try JournalFile(path: session.journalPath), writer: writer, clock: SystemClock(),
          lastSeq: lastSeq, clockBase: read.entries.last?.clock ?? 0)
        for index in 1...max(1, count) {
          try journal.record(.noted(step: nil, role: .support, text: "\(writer) \(index)"))
          if intervalMs > 0 { usleep(useconds_t(intervalMs) * 1000) }
        }
      }
    }
  }
}

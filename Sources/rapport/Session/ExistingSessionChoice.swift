import ArgumentParser
import Foundation
import RapportCore
import RapportTerminal

/// What to do when the participant already has a session of this protocol.
enum ExistingSessionChoice: String, ExpressibleByArgument, CaseIterable {
  case ask, resume, new, stop

  /// Asks through `reader` (a terminal, or piped input) unless told already.
  static func resolve(
    _ choice: ExistingSessionChoice, participant: String, protocolID: String,
    previous: SessionFolder, count: Int, reader: LineReader
  ) -> ExistingSessionChoice {
    guard choice == .ask else { return choice }
    let plural = count == 1 ? "a session" : "\(count) sessions"
    print(
      TerminalText.message(
        "\(participant) already has \(plural) of '\(protocolID)' (latest: \(previous.name)).")
    )
    print("[r] resume it, [n] start a new one, [s] stop:")
    while true {
      guard case .line(let line) = reader.readLine(prompt: "r/n/s› ") else { return .stop }
      switch line.trimmingCharacters(in: .whitespaces).lowercased() {
      case "r", "resume": return .resume
      case "n", "new": return .new
      case "s", "stop", "q": return .stop
      default: print("type r, n or s")
      }
    }
  }

  /// The reader for a question asked before a session's own reader exists: readline on a
  /// terminal (no history kept), else the piped lines.
  static func questionReader(_ terminal: TerminalInfo) -> LineReader {
    guard terminal.inputIsTerminal else {
      SignalPipe.install()
      return PlainLineReader()
    }
    return ReadlineLineReader(historyPath: nil) { _ in [] }
  }
}

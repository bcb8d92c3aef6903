import ArgumentParser
import Foundation
import RapportCore
import RapportTerminal

/// What to do when the participant already has a session of this protocol.
enum ExistingSessionChoice: String, ExpressibleByArgument, CaseIterable {
  case ask, resume, new, stop

  /// Asks on the terminal (or reads the answer from piped input) unless told already.
  static func resolve(
    _ choice: ExistingSessionChoice, participant: String, protocolID: String,
    previous: SessionFolder, count: Int
  ) throws -> ExistingSessionChoice {
    guard choice == .ask else { return choice }
    let plural = count == 1 ? "a session" : "\(count) sessions"
    print(
      "\(participant) already has \(plural) of '\(protocolID)' (latest: \(previous.name)).\n"
        + "[r] resume it, [n] start a new one, [s] stop:", terminator: " ")
    while true {
      guard let reply = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() else {
        return .stop
      }
      switch reply {
      case "r", "resume": return .resume
      case "n", "new": return .new
      case "s", "stop", "q": return .stop
      default: print("type r, n or s:", terminator: " ")
      }
    }
  }
}

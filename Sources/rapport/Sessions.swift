import ArgumentParser
import Foundation
import RapportCore
import RapportTerminal

extension Rapport {
  struct Sessions: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List sessions: participant, protocol, start, duration, status, counts.")

    @Option(help: "Where session folders are.")
    var responses = "Responses"

    func run() throws {
      let store = SessionStore(root: responses)
      let folders = store.allSessions()
      guard !folders.isEmpty else {
        print("No sessions in '\(TerminalText.line(responses))'.")
        return
      }
      var rows: [[String]] = []
      for folder in folders {
        rows.append(SessionListing.row(for: folder))
      }
      print(SessionListing.table(rows))
    }
  }
}

import ArgumentParser
import Foundation
import RapportCore
import RapportTerminal

/// Refuses participant ids the protocol does not allow, or that could leave the folder.
enum ParticipantCheck {
  static func validate(_ id: String, for interviewProtocol: InterviewProtocol) throws {
    guard SessionStore.isSafeParticipantID(id) else {
      printError(
        "error: participant id '\(id)' cannot be used: letters, digits, '-' and '_' only, "
          + "at most 64, starting with a letter or digit")
      throw ExitCode(2)
    }
    guard let pattern = interviewProtocol.participant.idPattern else { return }
    // The same matcher lint uses, so lint and the runner accept the same ids.
    let matcher: ParticipantIDPattern
    do {
      matcher = try ParticipantIDPattern(pattern.value)
    } catch {
      printError(
        "error: the protocol's id-pattern '\(pattern.value)' is not valid (see 'rapport lint')")
      throw ExitCode(1)
    }
    guard matcher.accepts(id) else {
      let example = interviewProtocol.participant.example.map { ", e.g. '\($0.value)'" } ?? ""
      printError(
        "error: participant id '\(id)' does not match this protocol's pattern "
          + "'\(pattern.value)'\(example)")
      throw ExitCode(2)
    }
  }
}

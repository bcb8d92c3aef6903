import ArgumentParser
import Foundation
import RapportCore
import RapportTerminal

/// Refuses participant ids the protocol does not allow, or that could leave the folder.
enum ParticipantCheck {
  /// How much of a refused id the message quotes (a safe id is at most 64 characters).
  static let idLimit = 64

  static func validate(_ id: String, for interviewProtocol: InterviewProtocol) throws {
    let shown = TerminalText.line(id, limit: idLimit)
    guard SessionStore.isSafeParticipantID(id) else {
      try StandardError.fail(
        "participant id '\(shown)' cannot be used: letters, digits, '-' and '_' only, "
          + "at most 64, starting with a letter or digit", status: 2)
    }
    guard let pattern = interviewProtocol.participant.idPattern else { return }
    // The same matcher lint uses, so lint and the runner accept the same ids.
    let matcher: ParticipantIDPattern
    do {
      matcher = try ParticipantIDPattern(pattern.value)
    } catch {
      try StandardError.fail(
        "the protocol's id-pattern '\(pattern.value)' is not valid (see 'rapport lint')")
    }
    guard matcher.accepts(id) else {
      let example = interviewProtocol.participant.example.map { ", e.g. '\($0.value)'" } ?? ""
      try StandardError.fail(
        "participant id '\(shown)' does not match this protocol's pattern "
          + "'\(pattern.value)'\(example)", status: 2)
    }
  }
}

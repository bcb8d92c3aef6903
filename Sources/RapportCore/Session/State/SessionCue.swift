import Foundation

/// A cue from one interviewer's terminal to the other's.
public struct SessionCue: Equatable, Hashable, Sendable {
  public var from: Role
  public var kind: CueKind
  public var text: String
  public var clock: Double

  /// The prompt a `/suggest N` cue asks for: its text reads `prompt N: …` (the journal
  /// keeps no number of its own). Once that prompt is marked, the cue has been acted on.
  public var suggestedPrompt: Int? {
    guard kind == .suggestPrompt, text.hasPrefix("prompt "),
      let colon = text.firstIndex(of: ":")
    else { return nil }
    return Int(text[text.index(text.startIndex, offsetBy: 7)..<colon])
  }

  public init(from: Role, kind: CueKind, text: String, clock: Double) {
    self.from = from
    self.kind = kind
    self.text = text
    self.clock = clock
  }
}

import Foundation

/// Where the session is: recording participant attributes, on a step, or over.
public enum SessionPhase: Equatable, Hashable, Sendable {
  /// Before the `session-started` event.
  case notStarted
  /// On participant attribute `index` of `protocol.participant.attributes`.
  case recordingAttributes(Int)
  /// On `protocol.flattenedSteps[index]`. Never a section: sections are not visited, their
  /// title is shown as a heading above the steps inside them.
  case inStep(Int)
  case ended
}

/// One stay on a step, so time on a step adds up across revisits (timeline seconds; the
/// timeline takes the pauses out).
public struct StepVisit: Equatable, Hashable, Sendable {
  /// Session-clock seconds when the step came on screen.
  public var entered: Double
  /// When it left the screen; nil while it is still there.
  public var left: Double?

  public init(entered: Double, left: Double? = nil) {
    self.entered = entered
    self.left = left
  }
}

/// A free-text note, kept with who wrote it, where and when.
public struct SessionNote: Equatable, Hashable, Sendable {
  public var step: String?
  public var role: Role
  public var text: String
  public var clock: Double
  public var at: Date

  public init(step: String?, role: Role, text: String, clock: Double, at: Date) {
    self.step = step
    self.role = role
    self.text = text
    self.clock = clock
    self.at = at
  }
}

/// A moment marked for the transcriber.
public struct SessionFlag: Equatable, Hashable, Sendable {
  public var step: String?
  public var text: String?
  public var clock: Double
  public var at: Date

  public init(step: String?, text: String?, clock: Double, at: Date) {
    self.step = step
    self.text = text
    self.clock = clock
    self.at = at
  }
}

/// A step passed over on purpose.
public struct SessionSkip: Equatable, Hashable, Sendable {
  public var step: String
  public var reason: String?
  public var clock: Double

  public init(step: String, reason: String?, clock: Double) {
    self.step = step
    self.reason = reason
    self.clock = clock
  }
}

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

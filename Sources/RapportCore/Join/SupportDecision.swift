import Foundation

/// What the supporter's terminal makes of one command: events, lines, a question, an effect.
///
/// The supporter's counterpart of `Decision`: the runner journals `events`, takes
/// `question` as the state's, carries out `effect` (the only part that touches the world
/// beyond the journal) and prints `feedback` under the redrawn view.
public struct SupportDecision: Equatable, Sendable {
  /// Append these to the journal (and fold them) in order, before anything else.
  public var events: [SessionEvent]
  /// Short lines for the supporter, made safe for a terminal as they are set.
  @TerminalMessages public var feedback: [String]
  /// The question to wait on from now on; nil closes the one that waited.
  public var question: SupportQuestion?
  /// What the runner does beyond journaling, if anything.
  public var effect: SupportEffect?

  public init(
    events: [SessionEvent] = [], feedback: [String] = [], question: SupportQuestion? = nil,
    effect: SupportEffect? = nil
  ) {
    self.events = events
    self.feedback = feedback
    self.question = question
    self.effect = effect
  }

  /// The supporter's notes, flags and cues decided over the session (`SupportDecider`).
  init(_ decision: Decision) {
    self.init(events: decision.events, feedback: decision.feedback)
  }
}

/// What the supporter's runner does for a decision, beyond journaling its events.
public enum SupportEffect: Equatable, Sendable {
  /// Draw the whole view anew (an empty line).
  case redraw
  /// Leave the live view (`/q`, Ctrl-D); the session goes on.
  case leave
  /// Take the driver lock (a confirmed `/takeover`); taken, this terminal drives; refused,
  /// `SupportDecider.lockTakenMeanwhile` is said and the view goes on.
  case takeDriverLock
}

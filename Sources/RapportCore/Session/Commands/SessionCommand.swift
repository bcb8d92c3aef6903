import Foundation

/// What the interviewer asked for, parsed from one line of input.
public enum SessionCommand: Equatable, Sendable {
  /// Move on (also an empty line).
  case next
  case back
  /// Jump to a step or attribute by id.
  case goto(String)
  /// Mark prompt N (one-based) as asked.
  case prompt(Int)
  case rephrase
  case roundUp
  case skip(String?)
  case flag(String?)
  case note(Role, String)
  /// Raw input for the current survey item or attribute; validated by the engine.
  case answer(String)
  /// Withdraw the current item's answer (`/clear`).
  case clearAnswer
  /// Tick or untick checklist items (one-based); a ticked item typed again is unticked.
  case tick([Int])
  /// The recording has started (`/rec`): a mark, or the next part after a stop.
  case rec
  /// The recording has stopped (`/rec stop`): the current part ends.
  case recStop
  case pause
  case resume
  case time
  case help
  case end
  /// Write the session to a new folder under this path and go on there (`/saveto PATH`):
  /// for a full or failing disk. The terminal does it; the engine decides nothing.
  case saveTo(String)
  /// A line that is not a valid command; the message says why (never saved as a note).
  case invalid(String)
  /// A line typed while a question waits (`SessionState.question`): its reply.
  case reply(String)
  /// Ctrl-D on an empty line (`interactive`: on a terminal, which asks what to do), or the
  /// end of piped input.
  case endOfInput(interactive: Bool)
}

/// What the engine makes of a command: events to append, lines to show, maybe a question.
public struct Decision: Equatable, Sendable {
  /// Append these to the journal (and apply them) in order, before anything else.
  public var events: [SessionEvent]
  /// Short lines for the interviewer: why nothing happened, what was marked.
  ///
  /// They often echo what was typed (`unknown command '/…'`, an answer), so every line is
  /// made safe for a terminal as it is set (`TerminalText.message`): the runner prints them
  /// as they are.
  @TerminalMessages public var feedback: [String]
  /// The question to wait on after writing `events` (`SessionState.question` from now on);
  /// nil closes the one that waited.
  public var question: SessionQuestion?
  /// The terminal stops taking lines: the session is paused (or over) and resumable.
  public var leaves: Bool
  /// The screen is drawn anew (the question under it is done with).
  public var redraw: Bool

  /// Ask this after writing `events`; on yes, append its events too.
  public var confirmation: Confirmation? {
    get {
      guard case .confirm(let confirmation)? = question else { return nil }
      return confirmation
    }
    set { question = newValue.map(SessionQuestion.confirm) }
  }

  public init(
    events: [SessionEvent] = [], feedback: [String] = [], confirmation: Confirmation? = nil,
    question: SessionQuestion? = nil, leaves: Bool = false, redraw: Bool = false
  ) {
    self.events = events
    self.feedback = feedback
    self.question = question ?? confirmation.map(SessionQuestion.confirm)
    self.leaves = leaves
    self.redraw = redraw
  }

  static func refuse(_ message: String) -> Decision { Decision(feedback: [message]) }
}

/// A yes/no question the runner must ask before acting, e.g. before ending a session.
public struct Confirmation: Equatable, Sendable {
  /// The question, ending with how to answer it (`type y to confirm`); safe to print, as
  /// `Decision.feedback` is.
  public var question: String
  /// What to append when the answer is yes.
  public var events: [SessionEvent]

  public init(question: String, events: [SessionEvent]) {
    self.question = TerminalText.message(question)
    self.events = events
  }

  /// Whether a typed reply means yes (`y`, `yes`, any case); anything else is no.
  public static func isYes(_ reply: String) -> Bool {
    ["y", "yes"].contains(reply.trimmingCharacters(in: .whitespaces).lowercased())
  }
}

import Foundation

extension SupportDecider {
  /// The decision for one supporter command in the terminal's whole state: the modes
  /// (`/takeover`'s y/n, Ctrl-D, leaving, no driver) here, notes, flags and cues over the
  /// session.
  ///
  /// Pure: whether a terminal drives is `state.driverPresent`, as last looked at; taking
  /// the lock is the runner's `SupportEffect.takeDriverLock`. Anything but yes to the
  /// takeover question, and Ctrl-D while it waits, keeps supporting.
  public static func decide(
    _ command: SupportCommand, state: SupportState, protocol interviewProtocol: InterviewProtocol,
    clock: Double, role: Role = .support
  ) -> SupportDecision {
    let session = state.session
    switch (state.question, command) {
    case (.takeover?, .reply(let reply)) where Confirmation.isYes(reply):
      if let refusal = takeoverRefusal(state, asked: true) {
        return SupportDecision(feedback: [refusal])
      }
      return SupportDecision(effect: .takeDriverLock)
    case (.takeover?, _):
      return SupportDecision(feedback: [notTakenOver])
    case (nil, .takeover):
      if let refusal = takeoverRefusal(state, asked: false) {
        return SupportDecision(feedback: [refusal])
      }
      return SupportDecision(question: .takeover)
    case (nil, .reply):
      return SupportDecision(feedback: ["no question is waiting for a reply"])
    case (nil, .endOfInput), (nil, .leave):
      return SupportDecision(effect: .leave)
    case (nil, .refresh):
      return SupportDecision(effect: .redraw)
    case (nil, .driving) where !state.driverPresent:
      return SupportDecision(feedback: [noDriverWords(session)])
    case (nil, _):
      return SupportDecision(
        decide(command, state: session, protocol: interviewProtocol, clock: clock, role: role))
    }
  }

  /// Why `/takeover` cannot go ahead now, or nil; `asked`: the question was answered yes.
  private static func takeoverRefusal(_ state: SupportState, asked: Bool) -> String? {
    if state.session.isEnded { return "the session has ended; there is nothing left to drive" }
    guard state.driverPresent else { return nil }
    return asked
      ? lockTakenMeanwhile
      : "the lead's terminal is still driving this session; /takeover works only when it is "
        + "gone (closed, crashed or disconnected)"
  }

  /// Said when the takeover question is answered with anything but yes.
  public static let notTakenOver = "not taken over; you are still supporting."

  /// Said when a terminal took the driver lock between the question and the yes.
  public static let lockTakenMeanwhile =
    "another terminal started driving this session meanwhile; you are still supporting."

  /// What to do when no terminal drives: a paused session handed back is continued with
  /// `rapport resume`; one whose driver is gone is taken over here.
  public static func noDriverWords(_ session: SessionState) -> String {
    session.isPaused
      ? "No terminal is driving this session; it is paused. To drive it, leave (/q) and run "
        + "'rapport resume' for it, or /takeover here."
      : "No terminal is driving this session (the lead's is gone): /takeover to drive."
  }
}

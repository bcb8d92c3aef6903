extension PseudoTerminal {
  /// Answers the shipped interview's participant details, consent and set-up, passes the
  /// recording marker, and waits for q1: where most terminal tests begin.
  public func walkShippedInterviewToFirstQuestion() throws {
    let enter = "\r"
    for (shown, keys) in [
      ("Gender", "2"), ("Medical school", "1"), ("Year group", "3"),
      ("Online consent form received", "1 2" + enter), ("Set-up", "1" + enter),
      ("Start the recording now.", ""),
    ] {
      try waitFor(shown)
      type(keys + enter)
    }
    try waitFor("generally found studying medicine")
  }

  /// Ends the session as an interviewer does: `/end`, y to its question, and waits for the
  /// closing words.
  public func endSession() throws {
    type("/end\r")
    try waitFor("type y to confirm")
    type("y\r")
    try waitFor("Session ended.")
  }
}

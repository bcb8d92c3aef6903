/// Session times as interviewers read them: whole minutes and seconds, `12:04`, `75:30`.
///
/// Minutes are not rolled into hours, so an hour-long plan reads `60:00` like a kitchen timer.
public enum ClockFormat {
  public static func minutes(_ seconds: Double) -> String {
    // A hand-edited journal may hold any clock; beyond ~31,000 years it reads as that bound.
    let total = Int(min(max(0, seconds.isNaN ? 0 : seconds), 1e12).rounded(.down))
    let secs = total % 60
    return "\(total / 60):" + (secs < 10 ? "0\(secs)" : "\(secs)")
  }

  /// Whole minutes, rounded down: `4 min`.
  public static func wholeMinutes(_ seconds: Double) -> Int {
    Int(min(max(0, seconds.isNaN ? 0 : seconds), 1e12) / 60)
  }
}

/// Times as each export spells them, from seconds on the session clock.
public enum TimeCode {
  /// `hh:mm:ss`, whole seconds rounded down; a time before the mark reads `-hh:mm:ss`.
  public static func clock(_ seconds: Double) -> String {
    let whole = Int(seconds.isFinite ? seconds.rounded(.down) : 0)
    let sign = whole < 0 ? "-" : ""
    let value = abs(whole)
    return sign + pad(value / 3600) + ":" + pad(value / 60 % 60) + ":" + pad(value % 60)
  }

  /// `[hh:mm:ss]`, the transcription convention.
  public static func bracketed(_ seconds: Double) -> String { "[" + clock(seconds) + "]" }

  /// Whole milliseconds, never negative (media timelines begin at zero).
  public static func milliseconds(_ seconds: Double) -> Int {
    guard seconds.isFinite else { return 0 }
    return max(0, Int((seconds * 1000).rounded()))
  }

  /// `hh:mm:ss.mmm` (WebVTT) or `hh:mm:ss,mmm` (SubRip), from milliseconds.
  public static func media(milliseconds ms: Int, separator: Character) -> String {
    let seconds = ms / 1000
    let millis = String(ms % 1000)
    return pad(seconds / 3600) + ":" + pad(seconds / 60 % 60) + ":" + pad(seconds % 60)
      + String(separator) + String(repeating: "0", count: 3 - millis.count) + millis
  }

  private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
}

/// Times as each export spells them, from seconds on the session clock.
public enum TimeCode {
  /// `hh:mm:ss`, whole seconds rounded down; a time before the mark reads `-hh:mm:ss`.
  public static func clock(_ seconds: Double) -> String {
    let whole = Int(bounded(seconds).rounded(.down))
    let sign = whole < 0 ? "-" : ""
    let value = abs(whole)
    return sign + pad(value / 3600) + ":" + pad(value / 60 % 60) + ":" + pad(value % 60)
  }

  /// `[hh:mm:ss]`, the transcription convention.
  public static func bracketed(_ seconds: Double) -> String { "[" + clock(seconds) + "]" }

  /// Whole milliseconds, never negative (media timelines begin at zero).
  public static func milliseconds(_ seconds: Double) -> Int {
    max(0, Int((bounded(seconds) * 1000).rounded()))
  }

  /// A hand-edited journal may hold any number as a clock; beyond about 31,000 years (or
  /// not a number) it is shown as that bound or 0, never converted to an `Int` that traps.
  static func bounded(_ seconds: Double) -> Double {
    guard seconds.isFinite else { return 0 }
    return min(max(seconds, -1e12), 1e12)
  }

  /// `hh:mm:ss.mmm` (WebVTT) or `hh:mm:ss,mmm` (SubRip), from milliseconds.
  public static func media(milliseconds ms: Int, separator: Character) -> String {
    let seconds = ms / 1000
    let millis = String(ms % 1000)
    return pad(seconds / 3600) + ":" + pad(seconds / 60 % 60) + ":" + pad(seconds % 60)
      + String(separator) + String(repeating: "0", count: 3 - millis.count) + millis
  }

  /// Seconds with six decimals (`159.500000`), an Audacity label's time, from milliseconds.
  public static func decimalSeconds(milliseconds ms: Int) -> String {
    let millis = String(ms % 1000)
    return String(ms / 1000) + "." + String(repeating: "0", count: 3 - millis.count) + millis
      + "000"
  }

  /// CUE frames per second (a compact disc's sectors).
  public static let cueFramesPerSecond = 75

  /// `mm:ss:ff`, a CUE sheet's `INDEX` time: minutes (more than 99 after 99 minutes),
  /// seconds and frames of 1/75 s, rounded down so a marker never falls after its moment.
  public static func cueIndex(milliseconds ms: Int) -> String {
    let seconds = ms / 1000
    let frames = ms % 1000 * cueFramesPerSecond / 1000
    return pad(seconds / 60) + ":" + pad(seconds % 60) + ":" + pad(frames)
  }

  private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
}

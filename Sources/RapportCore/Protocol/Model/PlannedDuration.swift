import Foundation

/// A planned length of time written as `60m`, `1h30m`, `90s` or `5m30s`.
///
/// Kept in whole seconds: interview plans never need finer resolution, and integers
/// add up exactly when budgets are summed against the planned duration.
public struct PlannedDuration: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
  public var seconds: Int

  public init(seconds: Int) { self.seconds = seconds }

  /// Parses `2h`, `60m`, `45s`, `1h30m`, `5m30s`; returns nil for anything else (including zero).
  public init?(parsing text: String) {
    var total = 0
    var number = ""
    var seenUnits = ""
    var sawAny = false
    for character in text.trimmingCharacters(in: .whitespaces) {
      if character.isASCII, character.isNumber {
        number.append(character)
        continue
      }
      guard let value = Int(number), number.count <= 6 else { return nil }
      let units: [Character: Int] = ["h": 3600, "m": 60, "s": 1]
      guard let unit = units[character] else { return nil }
      // Units must be in order (h, m, s) and each used once.
      if let last = seenUnits.last, let previous = units[last], previous <= unit {
        return nil
      }
      seenUnits.append(character)
      total += value * unit
      number = ""
      sawAny = true
    }
    guard sawAny, number.isEmpty, total > 0 else { return nil }
    seconds = total
  }

  /// The shortest spelling that parses back to the same value, e.g. `1h30m`.
  public var description: String {
    if seconds == 0 { return "0m" }
    var parts = ""
    let hours = seconds / 3600
    let minutes = (seconds % 3600) / 60
    let secs = seconds % 60
    if hours > 0 { parts += "\(hours)h" }
    if minutes > 0 { parts += "\(minutes)m" }
    if secs > 0 { parts += "\(secs)s" }
    return parts
  }

  public static func < (lhs: PlannedDuration, rhs: PlannedDuration) -> Bool {
    lhs.seconds < rhs.seconds
  }
}

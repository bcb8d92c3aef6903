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
    let utf8 = text.utf8
    if utf8.allSatisfy({ $0 < 0x80 }) {
      guard let total = Self.seconds(ascii: utf8) else { return nil }
      seconds = total
      return
    }
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

  /// The same reading as `init(parsing:)` for ASCII text, one byte at a time: every budget
  /// in a protocol is parsed, and this needs no Foundation trimming, no `Character`s and no
  /// table per character.
  private static func seconds(ascii utf8: String.UTF8View) -> Int? {
    // Trimmed as `.whitespaces` trims ASCII: spaces and tabs at both ends.
    let isBlank = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
    guard let first = utf8.firstIndex(where: { !isBlank($0) }),
      let last = utf8.lastIndex(where: { !isBlank($0) })
    else { return nil }
    var total = 0
    var number = 0
    var digits = 0
    var previousUnit = Int.max
    for byte in utf8[first...last] {
      if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
        digits += 1
        // Past six digits the text is refused anyway; stop adding before Int overflows.
        if digits <= 6 { number = number * 10 + Int(byte - UInt8(ascii: "0")) }
        continue
      }
      guard digits >= 1, digits <= 6 else { return nil }
      let unit: Int
      switch byte {
      case UInt8(ascii: "h"): unit = 3600
      case UInt8(ascii: "m"): unit = 60
      case UInt8(ascii: "s"): unit = 1
      default: return nil
      }
      // Units must be in order (h, m, s) and each used once.
      guard previousUnit > unit else { return nil }
      previousUnit = unit
      total += number * unit
      number = 0
      digits = 0
    }
    guard previousUnit != Int.max, digits == 0, total > 0 else { return nil }
    return total
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

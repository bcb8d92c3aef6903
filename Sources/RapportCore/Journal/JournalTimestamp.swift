import Foundation

/// ISO 8601 UTC timestamps with milliseconds, `2022-10-03T14:05:09.123Z`, computed with
/// integer calendar arithmetic so formatting is exact and needs no locale or time zone.
enum JournalTimestamp {
  static func roundedToMilliseconds(_ date: Date) -> Date {
    Date(timeIntervalSince1970: Double(milliseconds(date)) / 1000)
  }

  static func format(_ date: Date) -> String {
    let ms = milliseconds(date)
    let (days, msOfDay) = floorDivision(ms, 86_400_000)
    let (year, month, day) = civil(fromDays: days)
    guard (0...9999).contains(year) else { return formatByPadding(date) }
    // Four-digit years (every real journal): the 24 bytes written in place, one string.
    return String(unsafeUninitializedCapacity: 24) { buffer in
      let seconds = msOfDay / 1000
      var at = 0
      func put(_ value: Int, _ width: Int, then separator: UInt8) {
        var value = value
        for offset in stride(from: width - 1, through: 0, by: -1) {
          buffer[at + offset] = UInt8(48 + value % 10)
          value /= 10
        }
        buffer[at + width] = separator
        at += width + 1
      }
      put(year, 4, then: UInt8(ascii: "-"))
      put(month, 2, then: UInt8(ascii: "-"))
      put(day, 2, then: UInt8(ascii: "T"))
      put(seconds / 3600, 2, then: UInt8(ascii: ":"))
      put(seconds / 60 % 60, 2, then: UInt8(ascii: ":"))
      put(seconds % 60, 2, then: UInt8(ascii: "."))
      put(msOfDay % 1000, 3, then: UInt8(ascii: "Z"))
      return at
    }
  }

  /// `format` by string padding: the rule for any year, kept for years outside 0–9999.
  static func formatByPadding(_ date: Date) -> String {
    let ms = milliseconds(date)
    let (days, msOfDay) = floorDivision(ms, 86_400_000)
    let (year, month, day) = civil(fromDays: days)
    let seconds = msOfDay / 1000
    return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T"
      + pad(seconds / 3600, 2) + ":" + pad(seconds / 60 % 60, 2) + ":" + pad(seconds % 60, 2)
      + "." + pad(msOfDay % 1000, 3) + "Z"
  }

  /// Reads `YYYY-MM-DDTHH:MM:SS[.fraction]Z`; nil for anything else.
  static func parse(_ text: String) -> Date? {
    let chars = Array(text.utf8)
    guard chars.count >= 20, chars.last == UInt8(ascii: "Z") else { return nil }
    func number(_ start: Int, _ length: Int) -> Int? {
      var value = 0
      for c in chars[start..<start + length] {
        guard c >= 48, c <= 57 else { return nil }
        value = value * 10 + Int(c - 48)
      }
      return value
    }
    let separators: [(Int, Character)] = [(4, "-"), (7, "-"), (10, "T"), (13, ":"), (16, ":")]
    guard separators.allSatisfy({ chars[$0.0] == $0.1.asciiValue }),
      let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
      let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
      (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 60
    else { return nil }
    var millis = 0
    if chars.count > 20 {
      let digits = chars.count - 21
      guard chars[19] == UInt8(ascii: "."), (1...9).contains(digits),
        number(20, digits) != nil, let leading = number(20, min(3, digits))
      else { return nil }
      millis = leading * [100, 10, 1][min(3, digits) - 1]
    }
    let days = self.days(fromCivil: year, month, day)
    let total = ((days * 86_400 + hour * 3600 + minute * 60 + second) * 1000) + millis
    return Date(timeIntervalSince1970: Double(total) / 1000)
  }

  private static func milliseconds(_ date: Date) -> Int {
    Int((date.timeIntervalSince1970 * 1000).rounded())
  }

  private static func floorDivision(_ a: Int, _ b: Int) -> (Int, Int) {
    let q = a >= 0 ? a / b : -((-a + b - 1) / b)
    return (q, a - q * b)
  }

  private static func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, width - text.count)) + text
  }

  /// Days since 1970-01-01 to (year, month, day); Howard Hinnant's algorithm.
  private static func civil(fromDays z0: Int) -> (Int, Int, Int) {
    let z = z0 + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  private static func days(fromCivil year0: Int, _ month: Int, _ day: Int) -> Int {
    let year = month <= 2 ? year0 - 1 : year0
    let era = (year >= 0 ? year : year - 399) / 400
    let yoe = year - era * 400
    let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }
}

/// A table written as RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma,
/// a quote, a line break or surrounding spaces, quotes doubled. UTF-8, no byte-order mark.
public struct CSVTable: Equatable, Sendable {
  public var header: [String]
  public var rows: [[String]]

  public init(header: [String], rows: [[String]] = []) {
    self.header = header
    self.rows = rows
  }

  public var text: String {
    ([header] + rows).map(Self.line).joined()
  }

  /// One row as a CSV line, CRLF included.
  static func line(_ row: [String]) -> String {
    var out = ""
    append(row, to: &out)
    return out
  }

  /// One row as a CSV line, CRLF included, added to the end of `out` (a table built in one
  /// buffer, with no string per field or line).
  static func append(_ row: [String], to out: inout String) {
    // The line's bytes gathered first and added to `out` at once: one append a line, not
    // two a field.
    var line: [UInt8] = []
    line.reserveCapacity(row.reduce(2) { $0 + $1.utf8.count + 3 })
    for (index, value) in row.enumerated() {
      if index > 0 { line.append(UInt8(ascii: ",")) }
      if needsQuotes(value) {
        line.append(UInt8(ascii: "\""))
        line.append(contentsOf: doublingQuotes(value).utf8)
        line.append(UInt8(ascii: "\""))
      } else {
        line.append(contentsOf: value.utf8)
      }
    }
    line.append(0x0D)
    line.append(0x0A)
    out += String(decoding: line, as: UTF8.self)
  }

  static func field(_ value: String) -> String {
    guard needsQuotes(value) else { return value }
    return "\"" + doublingQuotes(value) + "\""
  }

  /// `value` with every quote doubled. From its bytes when no quote touches a non-ASCII
  /// byte (a quote between ASCII bytes is a `Character` of its own, so the bytes give what
  /// Foundation's replacement gives: the paradata's JSON cells, most text); otherwise by
  /// Foundation, which matches whole `Character`s.
  static func doublingQuotes(_ value: String) -> String {
    let fromBytes = value.utf8.withContiguousStorageIfAvailable { bytes -> String? in
      var out: [UInt8] = []
      out.reserveCapacity(bytes.count + 8)
      for index in bytes.indices {
        let byte = bytes[index]
        if byte == 0x22 {
          if index > 0 && bytes[index - 1] >= 0x80 { return nil }
          if index + 1 < bytes.count && bytes[index + 1] >= 0x80 { return nil }
          out.append(0x22)
        }
        out.append(byte)
      }
      return String(decoding: out, as: UTF8.self)
    }
    if let text = fromBytes ?? nil { return text }
    return value.replacingOccurrences(of: "\"", with: "\"\"")
  }

  /// Whether `value` must be quoted: a comma, a quote or a line break in it, or white space
  /// at either end. ASCII text is answered from its bytes (most cells: ids, times, codes);
  /// other text by `Character`, whose idea of a line break and a space is Unicode's.
  static func needsQuotes(_ value: String) -> Bool {
    let ascii = value.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
      guard let first = bytes.first, let last = bytes.last else { return false }
      var quotes = isSpace(first) || isSpace(last)
      for byte in bytes {
        if byte >= 0x80 { return nil }
        quotes =
          quotes || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"")
          || (0x0A...0x0D).contains(byte)
      }
      return quotes
    }
    if let answer = ascii ?? nil { return answer }
    return value.contains { $0 == "," || $0 == "\"" || $0.isNewline }
      || value.first?.isWhitespace == true || value.last?.isWhitespace == true
  }

  /// ASCII white space as `Character.isWhitespace` sees it: space, tab, LF, VT, FF, CR.
  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (0x09...0x0D).contains(byte)
  }
}

/// A table written as RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma,
/// a quote, a line break or surrounding spaces, quotes doubled. UTF-8, no byte-order mark.
///
/// Cells are spreadsheet-safe unless asked otherwise (`Cells`): a cell that a spreadsheet
/// would run as a formula gets a leading `'`, as OWASP recommends. The header row (column
/// names) is written as it is.
public struct CSVTable: Equatable, Sendable {
  /// How cells are written: the one choice between a spreadsheet's safety and the exact text.
  public enum Cells: String, CaseIterable, Equatable, Sendable {
    /// A cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return (unless it is a
    /// plain number), or with apostrophes before one of them, gets one more `'` in front, so
    /// Excel and LibreOffice show it as text instead of running it as a formula.
    case spreadsheetSafe = "spreadsheet-safe"
    /// Every cell exactly as typed, for programs that read the CSV.
    case verbatim
  }

  public var header: [String]
  public var rows: [[String]]

  public init(header: [String], rows: [[String]] = []) {
    self.header = header
    self.rows = rows
  }

  /// The whole table, spreadsheet-safe.
  public var text: String { text(.spreadsheetSafe) }

  /// The whole table, its cells written as `cells` says (the header always as it is).
  public func text(_ cells: Cells) -> String {
    var out = ""
    Self.append(header, to: &out, cells: .verbatim)
    for row in rows { Self.append(row, to: &out, cells: cells) }
    return out
  }

  /// One row as a CSV line, CRLF included.
  static func line(_ row: [String], cells: Cells = .spreadsheetSafe) -> String {
    var out = ""
    append(row, to: &out, cells: cells)
    return out
  }

  /// One row as a CSV line, CRLF included, added to the end of `out` (a table built in one
  /// buffer, with no string per field or line).
  static func append(
    _ row: [String], to out: inout String, cells: Cells = .spreadsheetSafe
  ) {
    // The line's bytes gathered first and added to `out` at once: one append a line, not
    // two a field.
    var line: [UInt8] = []
    line.reserveCapacity(row.reduce(2) { $0 + $1.utf8.count + 4 })
    for (index, typed) in row.enumerated() {
      if index > 0 { line.append(UInt8(ascii: ",")) }
      let value = cell(typed, cells)
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

  /// One field as written: the cell (`cell`), quoted when it needs it.
  static func field(_ value: String, cells: Cells = .spreadsheetSafe) -> String {
    let value = cell(value, cells)
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

  /// The cell's text before quoting: `value`, with a `'` in front when it is spreadsheet-safe
  /// and `isFormulaLike(value)`.
  public static func cell(_ value: String, _ cells: Cells) -> String {
    cells == .spreadsheetSafe && isFormulaLike(value) ? "'" + value : value
  }

  /// Whether a spreadsheet could take `value` for a formula (or a cell already guarded):
  /// its first character is `=`, `+`, `-`, `@`, tab or CR and it is not a plain number, or
  /// it starts with apostrophes followed by one of those characters (`'=1`, `''-5`; the
  /// apostrophe added to those too makes the rule reversible: take one `'` off a cell that
  /// starts with `'`, more apostrophes and one of them, and the typed text is back).
  ///
  /// Only the first byte is read for almost every cell; a cell starting with a sign or an
  /// apostrophe is read further.
  public static func isFormulaLike(_ value: String) -> Bool {
    // Every character that matters is at most `@` (0x40): letters and other text stop here.
    let utf8 = value.utf8
    guard utf8.startIndex < utf8.endIndex else { return false }
    let first = utf8[utf8.startIndex]
    guard first <= UInt8(ascii: "@") else { return false }
    if first == UInt8(ascii: "'") {
      for byte in value.utf8.dropFirst() where byte != UInt8(ascii: "'") {
        return isFormulaStart(byte)
      }
      return false
    }
    guard isFormulaStart(first) else { return false }
    guard first == UInt8(ascii: "-") || first == UInt8(ascii: "+") else { return true }
    return !isPlainNumber(value.utf8.dropFirst())
  }

  /// `=`, `+`, `-`, `@`, TAB, CR: the characters that make a spreadsheet read a formula.
  private static func isFormulaStart(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "=") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
      || byte == UInt8(ascii: "@") || byte == 0x09 || byte == 0x0D
  }

  /// Whether the bytes after a sign are an unsigned decimal number: digits with at most one
  /// `.` (at least one digit), then an optional exponent (`e` or `E`, a sign, digits).
  /// `5`, `3.5`, `.25`, `1e3`, `2.5E-4` are; `1+2`, `1e`, `.`, `5%`, `1,5`, `inf` are not.
  static func isPlainNumber(_ bytes: Substring.UTF8View) -> Bool {
    var digits = 0
    var dot = false
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let byte = bytes[index]
      if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
        digits += 1
      } else if byte == UInt8(ascii: "."), !dot {
        dot = true
      } else {
        break
      }
      index = bytes.index(after: index)
    }
    guard digits > 0 else { return false }
    guard index < bytes.endIndex else { return true }
    guard bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") else {
      return false
    }
    index = bytes.index(after: index)
    if index < bytes.endIndex,
      bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")
    {
      index = bytes.index(after: index)
    }
    guard index < bytes.endIndex else { return false }
    return bytes[index...].allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
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

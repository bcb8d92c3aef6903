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
    row.map(field).joined(separator: ",") + "\r\n"
  }

  static func field(_ value: String) -> String {
    let needsQuotes =
      value.contains { $0 == "," || $0 == "\"" || $0.isNewline }
      || value.first?.isWhitespace == true || value.last?.isWhitespace == true
    guard needsQuotes else { return value }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}

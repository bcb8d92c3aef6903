import Foundation

/// Turns journal entries into lines and lines back into entries.
///
/// A line is one JSON object with sorted keys, no pretty printing, non-ASCII text kept as
/// UTF-8 (so a journal stays readable with `less`), and `\n` inside strings escaped: the
/// only raw newline is the one that ends the line, which makes a torn write detectable.
public enum JournalCodec {
  /// One entry as a complete journal line, newline included, ready for a single `write`.
  public static func encodeLine(_ entry: JournalEntry) -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    encoder.nonConformingFloatEncodingStrategy = .convertToString(
      positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
    // Every field is a string, integer, finite or string-spelled number, or boolean, which
    // JSONEncoder always encodes; the fallback below is unreachable in practice but keeps
    // the journal line-shaped rather than crashing mid-interview.
    guard var line = try? encoder.encode(entry) else {
      return Data(#"{"type":"unencodable"}"#.utf8) + Data([0x0A])
    }
    line.append(0x0A)
    return line
  }

  /// Reads a whole journal, keeping every good line even when some are damaged.
  public static func decode(_ data: Data) -> JournalReadResult {
    let decoder = JSONDecoder()
    decoder.nonConformingFloatDecodingStrategy = .convertFromString(
      positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
    var result = JournalReadResult()
    let bytes = [UInt8](data)
    var lineStart = 0
    var lineNumber = 0
    // The last non-blank complete line, if it failed to parse: a candidate torn tail.
    var lastDamaged: (line: Int, offset: Int)?
    while lineStart < bytes.count {
      lineNumber += 1
      guard let newline = bytes[lineStart...].firstIndex(of: 0x0A) else {
        result.tornTail = Data(bytes[lineStart...])
        result.tornTailOffset = lineStart
        return result
      }
      let line = bytes[lineStart..<newline]
      if !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
        if let entry = try? decoder.decode(JournalEntry.self, from: Data(line)) {
          result.entries.append(entry)
          lastDamaged = nil
        } else {
          result.damagedLines.append(lineNumber)
          lastDamaged = (lineNumber, lineStart)
        }
      }
      lineStart = newline + 1
    }
    if let lastDamaged {
      result.damagedLines.removeAll { $0 == lastDamaged.line }
      result.tornTail = Data(bytes[lastDamaged.offset...])
      result.tornTailOffset = lastDamaged.offset
    }
    return result
  }
}

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
  ///
  /// Only the bytes after the last newline are a torn tail. A complete line that does not
  /// parse, even the last one, is damaged: it was fsync'd whole, so it is not a write cut
  /// short, and it is reported where it is rather than moved out.
  public static func decode(_ data: Data) -> JournalReadResult {
    let decoder = JSONDecoder()
    decoder.nonConformingFloatDecodingStrategy = .convertFromString(
      positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
    var result = JournalReadResult()
    let bytes = [UInt8](data)
    var lineStart = 0
    var lineNumber = 0
    var sawFirstLine = false
    while lineStart < bytes.count {
      lineNumber += 1
      guard let newline = bytes[lineStart...].firstIndex(of: 0x0A) else {
        result.tornTail = Data(bytes[lineStart...])
        result.tornTailOffset = lineStart
        return result
      }
      let line = Data(bytes[lineStart..<newline])
      lineStart = newline + 1
      if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
      if !sawFirstLine {
        sawFirstLine = true
        result.declaredFormat = declaredFormat(of: line, decoder: decoder)
      }
      do {
        result.entries.append(try decoder.decode(JournalEntry.self, from: line))
      } catch let unknown as UnknownEventType {
        result.unknownEvents.append(.init(line: lineNumber, type: unknown.type))
      } catch {
        result.damagedLines.append(lineNumber)
      }
    }
    return result
  }

  /// The `journal-format` of a session-start line, read on its own so that a newer start
  /// this build cannot fully decode still says which format it is.
  private static func declaredFormat(of line: Data, decoder: JSONDecoder) -> Int? {
    guard let probe = try? decoder.decode(StartProbe.self, from: line),
      probe.type == "session-started"
    else { return nil }
    return probe.journalFormat
  }

  private struct StartProbe: Decodable {
    var type: String?
    var journalFormat: Int?

    init(from decoder: any Decoder) throws {
      let c = try decoder.container(keyedBy: JournalKey.self)
      type = try? c.decodeIfPresent(String.self, forKey: "type")
      journalFormat = try? c.decodeIfPresent(Int.self, forKey: "journal-format")
    }
  }
}

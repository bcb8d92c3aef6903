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
    decode(data, fastPath: true)
  }

  /// `decode`, with the fast path of `JournalFastPath` on or off (the tests compare the two).
  ///
  /// Lines the fast path does not take (damaged, unknown, or unusual in any way) go to
  /// `JSONDecoder`, which keeps the last word on what a line holds.
  static func decode(_ data: Data, fastPath: Bool) -> JournalReadResult {
    let decoder = JSONDecoder()
    decoder.nonConformingFloatDecodingStrategy = .convertFromString(
      positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
    var result = JournalReadResult()
    data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
      var lineStart = 0
      var lineNumber = 0
      var sawFirstLine = false
      while lineStart < bytes.count {
        lineNumber += 1
        guard let newline = newlineIndex(in: bytes, from: lineStart) else {
          result.tornTail = Data(bytes[lineStart...])
          result.tornTailOffset = lineStart
          return
        }
        let line = UnsafeRawBufferPointer(rebasing: bytes[lineStart..<newline])
        lineStart = newline + 1
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
        let isFirstLine = !sawFirstLine
        sawFirstLine = true
        if fastPath, let entry = JournalFastPath.entry(line) {
          if isFirstLine, case .sessionStarted(let start) = entry.event {
            result.declaredFormat = start.journalFormat
          }
          result.entries.append(entry)
          continue
        }
        let lineData = Data(line)
        if isFirstLine { result.declaredFormat = declaredFormat(of: lineData, decoder: decoder) }
        do {
          result.entries.append(try decoder.decode(JournalEntry.self, from: lineData))
        } catch let unknown as UnknownEventType {
          result.unknownEvents.append(.init(line: lineNumber, type: unknown.type))
        } catch {
          result.damagedLines.append(lineNumber)
        }
      }
    }
    return result
  }

  /// The first entry `decode` would give, reading no further than it: enough to name a
  /// session and its protocol before any export is written.
  public static func firstEntry(of data: Data) -> JournalEntry? {
    let decoder = JSONDecoder()
    decoder.nonConformingFloatDecodingStrategy = .convertFromString(
      positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
    return data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> JournalEntry? in
      var lineStart = 0
      while let newline = newlineIndex(in: bytes, from: lineStart) {
        let line = UnsafeRawBufferPointer(rebasing: bytes[lineStart..<newline])
        lineStart = newline + 1
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
        if let entry = JournalFastPath.entry(line) { return entry }
        if let entry = try? decoder.decode(JournalEntry.self, from: Data(line)) { return entry }
      }
      return nil
    }
  }

  private static func newlineIndex(in bytes: UnsafeRawBufferPointer, from start: Int) -> Int? {
    guard let base = bytes.baseAddress, start < bytes.count,
      let found = memchr(base + start, 0x0A, bytes.count - start)
    else { return nil }
    return base.distance(to: UnsafeRawPointer(found))
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

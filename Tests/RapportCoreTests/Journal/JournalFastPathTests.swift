import Foundation
import RapportTestSupport
import Testing

@testable import RapportCore

/// The fast path of `JournalCodec.decode` must read every journal exactly as `JSONDecoder`
/// does: the same entries, the same damaged lines, unknown events and declared format.
@Suite("Journal fast path")
struct JournalFastPathTests {
  static let corpus: [URL] = {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fuzz/corpus/journal")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.sorted().map { folder.appendingPathComponent($0) }
  }()

  @Test("the fuzz corpus reads the same with and without the fast path")
  func corpusReadsTheSame() throws {
    #expect(Self.corpus.count > 5)
    for url in Self.corpus {
      let data = try Data(contentsOf: url)
      #expect(
        JournalCodec.decode(data, fastPath: true) == JournalCodec.decode(data, fastPath: false),
        "\(url.lastPathComponent)")
    }
  }

  @Test(
    "unusual but readable lines, and damaged ones, read the same both ways",
    arguments: [
      #"{"at":"2022-10-03T14:05:09.123Z","clock":1,"seq":1,"type":"paused","writer":"lead"}"#,
      #"{"at":"2022-10-03T14:05:09.123Z","clock":1.0,"seq":1.0,"type":"paused","writer":"lead"}"#,
      #"{"at":"2022-10-03T14:05:09.123Z","clock":"inf","seq":1,"type":"paused","writer":"lead"}"#,
      #"{"at":"2022-10-03T14:05:09.123Z","clock":1e400,"seq":1,"type":"paused","writer":"lead"}"#,
      #"{"at":"2022-10-03T14:05:09.123Z","clock":1,"seq":1,"seq":2,"type":"paused","writer":"lead"}"#,
      #"{"at":"2022-10-03T14:05:09.123Z","clock":1,"seq":1,"type":"noted","role":"lead","text":"a\u001b[2J\ud83d\ude00","writer":"lead"}"#,
      #"{"at":"2022-10-03T14:05:09.123Z","clock":1,"seq":1,"type":"noted","role":"lead","text":"\ud800","writer":"lead"}"#,
      #"{"at":"2022-10-03T14:05:09.123Z","clock":1,"seq":1,"type":"noted","role":"lead","step":null,"text":"tab\there \"q\" \/","writer":"lead"}"#,
      #"{"at":"2022-10-03T14:05:09.123Z","clock":1,"seq":1,"type":"noted","role":"boss","text":"x","writer":"lead"}"#,
      #"{"at":"2022-10-03T14:05:09.123Z","clock":1,"seq":1,"type":"answered","item":"a","value":{"choices":["x","y"]},"writer":"lead"}"#,
      #"{"at":"2022-10-03T14:05:09.123Z","clock":1,"seq":1,"type":"answered","item":"a","value":{"text":"x","date":"y"},"writer":"lead"}"#,
      #"{"at":"2022-10-03T14:05:09.123Z","clock":1,"seq":1,"type":"teleported","writer":"lead"}"#,
      #"  {"at":"2022-10-03T14:05:09.123Z","clock":-0,"seq":01,"type":"paused","writer":"lead"} "#,
      #"{"at":"2022-10-03T14:05:09.123Z","clock":1,"seq":1,"type":"paused","writer":"lead"}x"#,
      #"[1,2]"#, #"{"#,
      #"{"at":"2022-13-03T14:05:09.123Z","clock":1,"seq":1,"type":"paused","writer":"lead"}"#,
    ])
  func oddLinesReadTheSame(line: String) {
    let data = Data((line + "\n" + line + "\n").utf8)
    #expect(
      JournalCodec.decode(data, fastPath: true) == JournalCodec.decode(data, fastPath: false))
  }

  @Test("the first entry is the one decode gives first, past damaged and unknown lines")
  func firstEntry() {
    let good =
      #"{"at":"2022-10-03T14:05:09.123Z","clock":2,"seq":2,"type":"paused","writer":"lead"}"#
    let data = Data(("{\n\n" + #"{"type":"teleported"}"# + "\n" + good + "\n").utf8)
    #expect(JournalCodec.firstEntry(of: data) == JournalCodec.decode(data).entries.first)
    #expect(JournalCodec.firstEntry(of: data)?.seq == 2)
  }
}

import Foundation
import RapportCore
import RapportTestSupport
import Testing

@Suite("Journal timestamps and hashes")
struct JournalTimestampTests {
  func atLine(_ date: Date) -> String {
    let line = String(
      decoding: JournalCodec.encodeLine(
        JournalEntry(seq: 1, writer: "lead", at: date, clock: 0, event: .paused)),
      as: UTF8.self)
    return line.components(separatedBy: "\"at\":\"").last?.components(separatedBy: "\"").first
      ?? ""
  }

  @Test("wall-clock times are UTC ISO 8601 with milliseconds")
  func format() {
    #expect(atLine(Date(timeIntervalSince1970: 1_664_805_909.123)) == "2022-10-03T14:05:09.123Z")
    #expect(atLine(Date(timeIntervalSince1970: 1_709_164_800)) == "2024-02-29T00:00:00.000Z")
    #expect(atLine(Date(timeIntervalSince1970: -0.5)) == "1969-12-31T23:59:59.500Z")
    #expect(atLine(Date(timeIntervalSince1970: 1_664_805_909.1237)) == "2022-10-03T14:05:09.124Z")
  }

  @Test("times read back equal to the millisecond, whatever the fraction length")
  func parse() {
    let base = #"{"clock":0,"seq":1,"type":"paused","writer":"lead","at":"#
    for (text, seconds) in [
      ("2022-10-03T14:05:09Z", 1_664_805_909.0), ("2022-10-03T14:05:09.5Z", 1_664_805_909.5),
      ("2022-10-03T14:05:09.123456Z", 1_664_805_909.123),
    ] {
      let result = JournalCodec.decode(Data((base + "\"\(text)\"}\n").utf8))
      #expect(result.entries.first?.at == Date(timeIntervalSince1970: seconds), "\(text)")
    }
    for bad in ["2022-13-03T14:05:09Z", "2022-10-03 14:05:09Z", "2022-10-03T14:05:09+01:00"] {
      #expect(JournalCodec.decode(Data((base + "\"\(bad)\"}\n").utf8)).entries.isEmpty, "\(bad)")
    }
  }

  @Test("the protocol snapshot hash is the sha256sum of its text")
  func hash() {
    #expect(
      SessionStart.sha256Hex(of: Data("abc".utf8))
        == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(SessionFixtures.start.snapshotIsIntact)
    var edited = SessionFixtures.start
    edited.protocolText += " "
    #expect(!edited.snapshotIsIntact)
  }
}

import Foundation
import RapportCore
import RapportTestSupport
import Testing

@Suite("Journal lines")
struct JournalCodecTests {
  let at = Date(timeIntervalSince1970: 1_664_805_909.123)

  @Test("a note is one sorted line, Unicode kept as written, its newline escaped")
  func noteLine() {
    let text = "She said “I didn’t belong”\u{00A0}— then paused 🙂\nsecond line"
    let entry = JournalEntry(
      seq: 3, writer: "lead", at: at, clock: 12.5,
      event: .noted(step: "q3", role: .lead, text: text))
    let line = String(decoding: JournalCodec.encodeLine(entry), as: UTF8.self)
    #expect(
      line == """
        {"at":"2022-10-03T14:05:09.123Z","clock":12.5,"role":"lead","seq":3,"step":"q3",\
        "text":"She said “I didn’t belong”\u{00A0}— then paused 🙂\\nsecond line",\
        "type":"noted","writer":"lead"}

        """)
    #expect(JournalCodec.decode(Data(line.utf8)) == JournalReadResult(entries: [entry]))
  }

  @Test("every event survives the round trip")
  func everyEventRoundTrips() {
    let entries = SessionFixtures.everyEvent.enumerated().map { offset, event in
      JournalEntry(
        seq: offset + 1, writer: "lead", at: at.addingTimeInterval(Double(offset) * 1.001),
        clock: Double(offset) * 1.25, event: event)
    }
    let data = entries.map(JournalCodec.encodeLine).reduce(Data(), +)
    let result = JournalCodec.decode(data)
    #expect(result.entries == entries)
    #expect(result.isClean)
    #expect(result.sessionStart == SessionFixtures.start)
    #expect(Set(SessionFixtures.everyEvent.map(\.typeName)).count == 21)
  }

  @Test("answer values keep their kind: a date is not a text")
  func answerShapes() {
    let entry = JournalEntry(
      seq: 1, writer: "lead", at: at, clock: 0,
      event: .answered(item: "d", value: .date("2022-10-01")))
    let line = String(decoding: JournalCodec.encodeLine(entry), as: UTF8.self)
    #expect(line.contains(#""value":{"date":"2022-10-01"}"#))
    #expect(JournalCodec.decode(Data(line.utf8)).entries == [entry])
  }

  @Test("an empty file is an empty, clean journal")
  func emptyFile() {
    #expect(JournalCodec.decode(Data()) == JournalReadResult())
    #expect(JournalCodec.decode(Data("\n\n".utf8)) == JournalReadResult())
  }

  @Test("a last line torn at any byte is set aside and the rest loads")
  func tornAtEveryOffset() {
    let good = SessionFixtures.sampleEntries(at: at)
    let head = good.dropLast().map(JournalCodec.encodeLine).reduce(Data(), +)
    let last = JournalCodec.encodeLine(good[good.count - 1])
    for cut in 0..<last.count {
      let torn = last.prefix(cut)
      let result = JournalCodec.decode(head + torn)
      #expect(result.entries == Array(good.dropLast()), "cut at \(cut)")
      #expect(result.damagedLines.isEmpty, "cut at \(cut)")
      #expect(result.tornTail == (cut == 0 ? nil : Data(torn)), "cut at \(cut)")
      #expect(result.tornTailOffset == (cut == 0 ? nil : head.count), "cut at \(cut)")
    }
    #expect(JournalCodec.decode(head + last).entries == good)
  }

  @Test("a garbled last line (e.g. zeros after a power cut) is a torn tail, not damage")
  func garbledLastLine() {
    let good = SessionFixtures.sampleEntries(at: at)
    let data = good.map(JournalCodec.encodeLine).reduce(Data(), +)
    let garbage = Data([0, 0, 0, 0x0A])
    let result = JournalCodec.decode(data + garbage)
    #expect(result.entries == good)
    #expect(result.damagedLines == [])
    #expect(result.tornTail == garbage)
    #expect(result.tornTailOffset == data.count)
  }

  @Test("a damaged line in the middle is reported and the lines after it still load")
  func damagedMiddle() {
    let good = SessionFixtures.sampleEntries(at: at)
    var data = JournalCodec.encodeLine(good[0])
    data += Data(#"{"type":"noted","text":"half"#.utf8) + Data([0x0A])
    data += good.dropFirst().map(JournalCodec.encodeLine).reduce(Data(), +)
    let result = JournalCodec.decode(data)
    #expect(result.entries == good)
    #expect(result.damagedLines == [2])
    #expect(result.tornTail == nil)
    #expect(!result.isClean)
  }

  @Test("an unknown event type is damage, not a silent skip")
  func unknownType() {
    let good = SessionFixtures.sampleEntries(at: at)
    let strange =
      Data(
        #"{"at":"2022-10-03T14:05:09.123Z","clock":1,"seq":9,"type":"teleported","writer":"lead"}"#
          .utf8) + Data([0x0A])
    let data = JournalCodec.encodeLine(good[0]) + strange + JournalCodec.encodeLine(good[1])
    #expect(JournalCodec.decode(data).damagedLines == [2])
    #expect(JournalCodec.decode(data).entries == Array(good.prefix(2)))
  }
}

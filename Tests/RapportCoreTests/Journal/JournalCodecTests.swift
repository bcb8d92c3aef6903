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

  @Test("a complete last line that does not parse is damaged and stays, not a torn tail")
  func damagedWholeLastLine() {
    let good = SessionFixtures.sampleEntries(at: at)
    let data = good.map(JournalCodec.encodeLine).reduce(Data(), +)
    var flipped = JournalCodec.encodeLine(good[0])
    flipped[flipped.count - 2] ^= 0x01  // the closing brace: one flipped bit
    for garbage in [Data([0, 0, 0, 0x0A]), flipped] {
      let result = JournalCodec.decode(data + garbage)
      #expect(result.entries == good)
      #expect(result.damagedLines == [good.count + 1])
      #expect(result.tornTail == nil)
      #expect(result.tornTailOffset == nil)
      #expect(result.problems == [.damagedLine(good.count + 1)])
    }
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

  @Test("an unknown event type is reported as such, not a silent skip nor plain damage")
  func unknownType() {
    let good = SessionFixtures.sampleEntries(at: at)
    let strange =
      Data(
        #"{"at":"2022-10-03T14:05:09.123Z","clock":1,"seq":9,"type":"teleported","writer":"lead"}"#
          .utf8) + Data([0x0A])
    let data = JournalCodec.encodeLine(good[0]) + strange + JournalCodec.encodeLine(good[1])
    let result = JournalCodec.decode(data)
    #expect(result.damagedLines == [])
    #expect(result.unknownEvents == [.init(line: 2, type: "teleported")])
    #expect(result.entries == Array(good.prefix(2)))
    #expect(!result.isClean)
    #expect(
      result.lineProblems.map(\.sentence) == [
        "journal line 2 holds an event this version of rapport does not know ('teleported') "
          + "and was left out of the replay; it is kept in the journal as it is."
      ])
  }

  @Test("past five unreadable lines the rest are counted in one sentence")
  func manyDamagedLines() {
    let good = SessionFixtures.sampleEntries(at: at)
    let garbage = Data("not json\n".utf8)
    let data =
      JournalCodec.encodeLine(good[0]) + Array(repeating: garbage, count: 8).reduce(Data(), +)
    let problems = JournalCodec.decode(data).lineProblems
    #expect(problems == (2...6).map(JournalProblem.damagedLine) + [.moreLines(3)])
    #expect(
      problems.last?.sentence
        == "3 more line(s) of the journal could not be read and were left out of the replay; "
        + "they are kept in the journal as they are.")
  }

  @Test("a protocol path read from a journal cannot drive the terminal")
  func protocolPathWithControls() {
    let problem = JournalProblem.protocolFileChanged(path: "p\u{1B}]52;c;eA==\u{07}.yaml")
    #expect(problem.sentence.hasPrefix("the protocol file 'p?]52;c;eA==?.yaml' has changed"))
  }

  @Test("an unknown type that is not a plain name is not echoed")
  func unknownTypeWithControls() {
    let problem = JournalProblem.unknownEvent(line: 4, type: "x\u{1B}[2J")
    #expect(!problem.sentence.contains("\u{1B}"))
    #expect(problem.sentence.hasPrefix("journal line 4 holds an event this version"))
  }

  @Test("a newer journal format is read from its start, even one this build cannot decode")
  func newerFormat() {
    var start = SessionFixtures.start
    start.journalFormat = 99
    let first = JournalEntry(
      seq: 1, writer: "lead", at: at, clock: 0, event: .sessionStarted(start))
    let read = JournalCodec.decode(JournalCodec.encodeLine(first))
    #expect(read.isNewerFormat)
    #expect(read.problems == [.newerFormat(found: 99)])
    #expect(read.writeRefusal == .newerFormat(found: 99))
    #expect(
      JournalProblem.newerFormat(found: 99).sentence
        == "the journal is format 99, newer than format 1 that this version of rapport reads "
        + "and writes.")
    // A newer start whose keys changed: no session start, but the format is still known.
    let reshaped = Data(#"{"journal-format":7,"type":"session-started","who":"?"}"#.utf8) + [0x0A]
    let other = JournalCodec.decode(reshaped)
    #expect(other.sessionStart == nil)
    #expect(other.declaredFormat == 7)
    #expect(other.problems == [.newerFormat(found: 7), .noSessionStart, .damagedLine(1)])
    #expect(other.writeRefusal == .newerFormat(found: 7))
  }

  @Test("an edited snapshot, an empty file and a missing start each refuse writing")
  func refusals() {
    var edited = SessionFixtures.start
    edited.protocolText += "# edited\n"
    let line = JournalCodec.encodeLine(
      JournalEntry(seq: 1, writer: "lead", at: at, clock: 0, event: .sessionStarted(edited)))
    #expect(JournalCodec.decode(line).writeRefusal == .snapshotAltered)
    #expect(JournalCodec.decode(Data()).problems == [.emptyJournal])
    #expect(JournalCodec.decode(Data()).writeRefusal == .emptyJournal)
    let good = SessionFixtures.sampleEntries(at: at)
    let headless = good.dropFirst().map(JournalCodec.encodeLine).reduce(Data(), +)
    #expect(JournalCodec.decode(headless).problems == [.noSessionStart])
    let whole = good.map(JournalCodec.encodeLine).reduce(Data(), +)
    #expect(JournalCodec.decode(whole).writeRefusal == nil)
    #expect(JournalCodec.decode(whole + Data("{\"a\":".utf8)).writeRefusal == nil)
  }
}

import Foundation
import RapportTestSupport
import Testing

@testable import RapportCore

/// The timestamp written byte by byte (four-digit years) says what the padding rule says.
@Suite struct JournalTimestampFastPathTests {
  @Test func bytesInPlaceAgreeWithThePaddingRuleOnGeneratedTimes() {
    var generator = SeededGenerator(seed: 7)
    for _ in 0..<20_000 {
      let state = generator.nextState()
      // From before 1970 to past 9999 (the slow path's years), to the millisecond and finer.
      let seconds = Double(Int64(bitPattern: state >> 1) % 400_000_000_000_000) / 1000 * 1.0001
      let date = Date(timeIntervalSince1970: seconds)
      #expect(
        JournalTimestamp.format(date) == JournalTimestamp.formatByPadding(date), "\(seconds)")
    }
  }

  @Test func yearsOutsideFourDigitsKeepThePaddingRule() {
    let late = Date(timeIntervalSince1970: 253_402_300_800.5)  // 10000-01-01
    #expect(JournalTimestamp.format(late) == "10000-01-01T00:00:00.500Z")
    #expect(JournalTimestamp.format(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00.000Z")
  }
}

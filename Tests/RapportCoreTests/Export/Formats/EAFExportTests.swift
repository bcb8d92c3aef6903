import Foundation
import RapportCore
import RapportTestSupport
import Testing

/// ELAN files, read back by pympi-ling, with the structure checked by `eaf_check.py`.
@Suite struct EAFExportTests {
  /// One annotation as the reader prints it: start ms, end ms, value.
  typealias Tiers = [String: [[Annotation]]]

  enum Annotation: Decodable, Equatable {
    case time(Int)
    case text(String)

    init(from decoder: any Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let number = try? container.decode(Int.self) {
        self = .time(number)
      } else {
        self = .text(try container.decode(String.self))
      }
    }
  }

  @Test func tiersHoldStepsNotesByRoleFlagsAndPausesOnTheRecordingsTimeline() throws {
    let folder = TemporaryFolder()
    let path = try ExportTestSupport.write(
      EAFExporter.export(try ExportTestSupport.interview()), "s.eaf", in: folder)
    let tiers = try ExportValidators.read(Tiers.self, "eaf_check.py", [path])
    #expect(Set(tiers.keys) == Set(EAFExporter.tiers))
    #expect(
      tiers["Steps"]?.map { [$0[0], $0[1]] } == [
        [.time(0), .time(500)], [.time(500), .time(159_500)], [.time(159_500), .time(459_500)],
        [.time(459_500), .time(599_500)], [.time(599_500), .time(659_500)],
        [.time(659_500), .time(664_500)],
      ])
    #expect(
      tiers["Steps"]?[1][2]
        == .text("q1 — Warm up: Can you tell me how you have generally found studying medicine?"))
    #expect(
      tiers["Lead notes"] == [
        [.time(89_750), .time(92_750), .text("chose it for the “community” | family")],
        [.time(665_500), .time(668_500), .text("audio clear throughout")],
      ])
    #expect(
      tiers["Support notes"] == [[.time(389_500), .time(392_500), .text("ask about societies")]])
    #expect(
      tiers["Flags"] == [[.time(219_500), .time(222_500), .text("sensitive: names a tutor")]])
    #expect(tiers["Pauses"] == [[.time(259_500), .time(379_500), .text("paused 00:02:00")]])
  }

  @Test func notesCloseTogetherNeverOverlapOnATier() throws {
    let record = try SessionRecordBuilder.build(
      entries: JournalFixtures.entries([
        (0, .sessionStarted(JournalFixtures.start())),
        (0, .stepEntered(step: "q1")),
        (10, .noted(step: "q1", role: .lead, text: "a & <b>")),
        (10, .noted(step: "q1", role: .lead, text: "same moment")),
        (11, .noted(step: "q1", role: .lead, text: "a second later")),
        (20, .ended(reason: .completed)),
      ]), outline: nil)
    let folder = TemporaryFolder()
    let path = try ExportTestSupport.write(EAFExporter.export(record), "s.eaf", in: folder)
    let tiers = try ExportValidators.read(Tiers.self, "eaf_check.py", [path])
    #expect(
      tiers["Lead notes"] == [
        [.time(10_000), .time(10_001), .text("a & <b>")],
        [.time(10_001), .time(11_000), .text("same moment")],
        [.time(11_000), .time(14_000), .text("a second later")],
      ])
  }
}

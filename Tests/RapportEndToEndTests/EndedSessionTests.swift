import Foundation
import RapportCore
import RapportTestSupport
import Testing

/// The end is the end: an ended session takes no more lines from a second terminal.
@Suite struct EndedSessionTests {
  @Test func joiningAnEndedSessionShowsItReadOnlyAndWritesNothing() throws {
    let temp = TemporaryFolder()
    let root = temp.path + "/Responses"
    let session = root + "/P041_belonging-interview_20221003T140509Z"
    try FileManager.default.createDirectory(atPath: session, withIntermediateDirectories: true)
    let shipped = try String(
      contentsOfFile: RapportBinary.shippedProtocol("belonging-interview.yaml"), encoding: .utf8)
    let entries = JournalFixtures.interview(participant: "P041", protocolText: shipped)
    let journal = entries.map(JournalCodec.encodeLine).reduce(Data(), +)
    let path = session + "/journal.jsonl"
    try journal.write(to: URL(fileURLWithPath: path))

    let joined = try runProcess(
      RapportBinary.path, ["join", "P041", "--responses", root],
      input: "a note after the end\n/f\n")
    #expect(joined.status == 0, "\(joined.stderr)")
    #expect(joined.stdout.contains("ENDED — the session is over; no more notes are taken"))
    #expect(joined.stdout.contains("This session has ended; it is read-only."))
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == journal)
  }
}

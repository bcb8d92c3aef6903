import Foundation
import RapportCore
import RapportTestSupport
import Testing

/// A real session, started by `rapport run` from a protocol file of its own, whose journal
/// a test then damages, and the commands a user would run on it.
struct DamagedJournalSession {
  let temp = TemporaryFolder()
  var responses: String { temp.path + "/Responses" }
  var protocolPath: String { temp.path + "/belonging.yaml" }
  var out: String { temp.path + "/out" }
  let folder: String
  var name: String { (folder as NSString).lastPathComponent }
  var journalPath: String { folder + "/journal.jsonl" }

  /// Starts the session and leaves it paused at its second step.
  init() throws {
    let base = temp.path
    try FileManager.default.copyItem(
      atPath: RapportBinary.shippedProtocol("belonging-interview.yaml"),
      toPath: base + "/belonging.yaml")
    let run = try runProcess(
      RapportBinary.path,
      [
        "run", base + "/belonging.yaml", "--participant", "P001", "--responses",
        base + "/Responses",
      ],
      input: "2\n1\n3\n1 2\n\n")
    #expect(run.status == 0, "\(run.stderr)")
    folder = try #require(JournalInspection.sessionFolders(in: base + "/Responses").first)
  }

  var journal: Data {
    get { (try? Data(contentsOf: URL(fileURLWithPath: journalPath))) ?? Data() }
    nonmutating set { try? newValue.write(to: URL(fileURLWithPath: journalPath)) }
  }

  /// The journal's complete lines, newline included.
  var lines: [Data] {
    journal.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast().map {
      Data($0) + Data([0x0A])
    }
  }

  func rapport(_ arguments: [String], input: String = "") throws -> ProcessResult {
    try runProcess(RapportBinary.path, arguments, input: input, environment: ["NO_COLOR": "1"])
  }

  func sessions() throws -> ProcessResult { try rapport(["sessions", "--responses", responses]) }

  func export() throws -> ProcessResult {
    try rapport(["export", name, "--responses", responses, "-f", "json", "--out", out, "--force"])
  }

  func resume() throws -> ProcessResult { try rapport(["resume", name, "--responses", responses]) }

  func join() throws -> ProcessResult { try rapport(["join", name, "--responses", responses]) }

  /// The JSON export's top-level object (after a successful `export`).
  func exportedJSON() throws -> [String: Any] {
    let names = try FileManager.default.contentsOfDirectory(atPath: out)
    let file = try #require(names.first { $0.hasSuffix(".json") })
    let data = try Data(contentsOf: URL(fileURLWithPath: out + "/" + file))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  /// The row `rapport sessions` printed for this session.
  func row(_ listing: ProcessResult) -> String {
    listing.stdout.split(separator: "\n").map(String.init).first { $0.hasPrefix(name) } ?? ""
  }

  /// Files a command may have left in the folder besides the journal and its locks.
  var recoveredFiles: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter {
      $0.hasPrefix("recovered-")
    }.sorted()
  }
}

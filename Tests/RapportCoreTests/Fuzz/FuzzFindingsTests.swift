import Foundation
import Testing

@testable import RapportCore

/// Inputs the coverage-guided fuzzers found (`scripts/fuzz`), minimised, each pinned here so
/// it stays fixed. The same files are in `Tests/Fuzz/corpus/`, so every fuzz run starts
/// from them too.
@Suite("fuzz findings")
struct FuzzFindingsTests {
  /// Found by `scripts/fuzz expression`: `x < 666666666666666666666` was spelled back (in lint
  /// messages and the paper guide) as `x < 6.666666666666666e+20`, which does not parse, so a
  /// designer copying the guide's condition into the protocol got an error.
  @Test(arguments: [
    ("x < 666666666666666666666", "x < 666666666666666600000"),
    ("x == 0.0000001", "x == 0.0000001"),
    ("x == -0.000000000012", "x == -0.000000000012"),
    ("x >= 1234567890123456789.5", "x >= 1234567890123456800"),
    ("x == 2.5", "x == 2.5"),
    ("x == -3", "x == -3"),
  ])
  func aNumberIsSpelledSoThatItParsesBackToTheSameValue(source: String, spelled: String) throws {
    let tree = try ExpressionParser.parse(source).get()
    #expect(tree.text == spelled)
    let again = try ExpressionParser.parse(tree.text).get()
    #expect(again.text == tree.text)
    guard case .binary(_, _, .number(let first, _), _) = tree,
      case .binary(_, _, .number(let second, _), _) = again
    else {
      Issue.record("not a comparison with a number: \(tree)")
      return
    }
    #expect(first == second)
  }

  /// Found by `scripts/fuzz protocol` (a timeout): an alias written as a key without a space,
  /// `*h: 1`, was read as the alias name `h:`, so the complex-key check missed it and Yams
  /// hashed the billion-laughs node behind it while checking for duplicate keys (over a
  /// minute; unbounded with more levels) instead of giving one diagnostic.
  @Test(
    .timeLimit(.minutes(1)),
    arguments: ["i: [*h: 1]\n", "*h: 1\n", "i: {*h: 1}\n", "i:\n  - *h: 1\n"])
  func anAliasKeyWithoutASpaceGetsOneDiagnosticAtOnce(tail: String) {
    let bomb = (1...8).map { level -> String in
      let name = String(UnicodeScalar(UInt8(96 + level)))
      let previous = String(UnicodeScalar(UInt8(95 + level)))
      let items = level == 1 ? #""lol""# : "*\(previous)"
      return "\(name): &\(name) [" + Array(repeating: items, count: 9).joined(separator: ",") + "]"
    }.joined(separator: "\n")
    let started = Date()
    let diagnostics = Linter.lint(data: Data((bomb + "\n" + tail).utf8), path: "bomb.yaml")
    #expect(Date().timeIntervalSince(started) < 10)
    #expect(diagnostics.map(\.rule) == ["complex-key"])
    #expect(diagnostics.first?.location.line == 8 + tail.split(separator: "\n").count)
  }

  /// Names still end where libyaml ends them: anchors and aliases with `-` and `_` work.
  @Test func anchorAndAliasNamesWithDashesStillParse() {
    #expect(NestingScanner.scan("a: &my-anchor_1 1\nb: *my-anchor_1\n") == nil)
    #expect(NestingScanner.scan("a: &x 1\nb: [*x, *x]\n") == nil)
    #expect(NestingScanner.scan("a: !tag:yaml.org,2002:str x\n") == nil)
  }

  /// Found by `scripts/fuzz journal` (a trap): a hand-edited journal whose `clock` is a huge
  /// number made `rapport export` (and `resume`'s screen, and the CSV timings) crash
  /// converting it to whole seconds.
  @Test(arguments: [1e69, -1e69, 9.3e18, Double.greatestFiniteMagnitude, .infinity, .nan])
  func anyClockValueIsSpelledWithoutATrap(seconds: Double) {
    #expect(TimeCode.clock(seconds).split(separator: ":").count == 3)
    #expect(TimeCode.milliseconds(seconds) >= 0)
    #expect(!AnswerText.seconds(seconds).isEmpty)
    #expect(ClockFormat.minutes(seconds).contains(":"))
    #expect(ClockFormat.wholeMinutes(seconds) >= 0)
  }

  /// The same journal, resumed: the runner's status line spelled the clock with the same trap.
  @Test func aJournalWithAHugeClockReplaysAndShowsItsScreen() throws {
    let journal = try #require(FuzzFindingsTests.tinyJournalStart())
    let read = JournalCodec.decode(journal)
    let start = try #require(read.sessionStart)
    let model = try #require(ProtocolLoader.load(text: start.protocolText, path: "t.yaml").protocol)
    var entries = read.entries
    entries.append(
      JournalEntry(
        seq: 2, writer: "lead", at: Date(timeIntervalSince1970: 0), clock: 1e69,
        event: .stepEntered(step: "q1")))
    let state = SessionEngine.replay(entries, protocol: model)
    let screen = ScreenRenderer.render(
      state, protocol: model, clock: state.lastClock, width: 60, color: false)
    #expect(!screen.isEmpty)
  }

  @Test func aJournalWithAHugeClockExportsInEveryTextFormat() throws {
    let line = JournalCodec.encodeLine(
      JournalEntry(
        seq: 2, writer: "lead", at: Date(timeIntervalSince1970: 0), clock: 1e69,
        event: .noted(step: nil, role: .lead, text: "a note")))
    let journal = try #require(FuzzFindingsTests.tinyJournalStart()) + line
    var reader = JournalExportReader()
    let read = try reader.read(journal)
    for format in ExportFormat.allCases where format.isPerSession && format != .docx {
      let file = try SessionExporter.file(for: read.session.record, format: format)
      #expect(!file.name.isEmpty)
    }
  }

  static func tinyJournalStart() -> Data? {
    let text = "rapport: 1\nid: tiny\ntitle: Tiny\nsteps:\n  - id: q1\n    ask: How was it?\n"
    let start = SessionStart(
      sessionID: "P001_tiny", protocolID: "tiny", protocolVersion: nil, protocolPath: "t.yaml",
      protocolText: text, participant: "P001", lead: nil, support: nil, rapportVersion: "test")
    return JournalCodec.encodeLine(
      JournalEntry(
        seq: 1, writer: "lead", at: Date(timeIntervalSince1970: 0), clock: 0,
        event: .sessionStarted(start)))
  }
}

import Foundation
import RapportCore
import RapportTestSupport
import Testing

/// Hostile text between two real processes and through the commands that show journals:
/// the bytes that reach a terminal never carry the note's escape codes, and the journal
/// keeps the note exactly as typed.
@Suite("Hostile text, end to end")
struct HostileTextTerminalTests {
  /// Clears the screen, writes the clipboard (OSC 52), sets the title, hides its start.
  static let note =
    "look \u{1B}[2J\u{1B}]52;c;cGFzc3dvcmQ=\u{07}\u{1B}]0;pwned\u{07}\u{1B}P1$qm\u{1B}\\real\rFAKE \u{202E}end"
  static let shown = "look ␛[2J␛]52;c;cGFzc3dvcmQ=␇␛]0;pwned␇␛P1$qm␛\\real␍FAKE <U+202E>end"

  static func count(_ needle: String, in haystack: String) -> Int {
    haystack.components(separatedBy: needle).count - 1
  }

  /// No byte sequence of the note that a terminal acts on is in `raw`; the program's own
  /// `ESC[H ESC[2J` redraw is the only screen clear.
  static func expectNoNoteEscapes(_ raw: Data) {
    let text = String(decoding: raw, as: UTF8.self)
    #expect(!text.contains("\u{1B}]"), "no OSC sequence (clipboard, title) at all")
    #expect(!text.contains("\u{1B}P"), "no DCS sequence")
    #expect(!text.contains("cGFzc3dvcmQ=\u{07}"))
    #expect(!text.contains("\u{202E}"))
    #expect(count("\u{1B}[2J", in: text) == count("\u{1B}[H\u{1B}[2J", in: text))
  }

  @Test func aSupportersHostileNoteReachesTheLeadsTerminalInertAndTheJournalExact() throws {
    let temp = TemporaryFolder()
    let lead = try JoinTerminalTests.leadAtFirstQuestion("P041", in: temp)
    let paste = String(repeating: "0123456789", count: 10_000)
    let support = try runProcess(
      RapportBinary.path, ["join", "P041", "--responses", temp.path],
      input: Self.note + "\n" + paste + "\n", environment: ["NO_COLOR": "1"])
    #expect(support.status == 0, "\(support.stderr)")
    try lead.waitFor("support note on q1: " + Self.shown, timeout: 5)
    try lead.waitFor("… (+99,500 characters)", timeout: 5)
    Self.expectNoNoteEscapes(lead.output)
    #expect(!String(decoding: lead.output, as: UTF8.self).contains(paste), "a paste is cut")
    // The supporter's own (piped) output shows it the same way.
    Self.expectNoNoteEscapes(Data(support.stdout.utf8))

    let folder = try #require(JournalInspection.sessionFolders(in: temp.path).first)
    let notes = JournalInspection.notes(try JournalInspection.read(folder).entries).map(\.2)
    #expect(notes == [Self.note, paste])
    let journal = try String(contentsOfFile: folder + "/journal.jsonl", encoding: .utf8)
    #expect(journal.contains(#"look \u001b[2J\u001b]52;c;cGFzc3dvcmQ=\u0007"#))
    lead.type("/end" + JoinTerminalTests.enter)
    try lead.waitFor("confirm")
    lead.type("y" + JoinTerminalTests.enter)
    #expect(lead.waitForExit() == 0)
  }

  @Test func theLeadsHostileNoteAndNameReachTheSupportersTerminalInert() throws {
    let temp = TemporaryFolder()
    let run = try runProcess(
      RapportBinary.path,
      [
        "run", ShippedProtocols.url("belonging-interview.yaml").path, "--participant", "P042",
        "--lead", "HI\u{1B}]0;title\u{07}", "--responses", temp.path,
      ],
      input: ["2", "1", "3", "1 2", "", "1", "", "", Self.note].joined(separator: "\n") + "\n",
      environment: ["NO_COLOR": "1"])
    #expect(run.status == 0, "\(run.stderr)")
    Self.expectNoNoteEscapes(Data(run.stdout.utf8))
    let support = try JoinTerminalTests.join("P042", in: temp)
    try support.waitFor("Latest")
    try support.waitFor("lead note on q1: " + Self.shown)
    Self.expectNoNoteEscapes(support.output)
    support.type("/q" + JoinTerminalTests.enter)
    #expect(support.waitForExit() == 0)

    // The exports people `cat` hold no control character; the journal keeps them all.
    let out = temp.path + "/exports"
    let export = try runProcess(
      RapportBinary.path,
      ["export", "P042", "--responses", temp.path, "--out", out, "--format", "markdown,text"])
    #expect(export.status == 0, "\(export.stderr)")
    let files = try FileManager.default.contentsOfDirectory(atPath: out)
    #expect(files.count == 2)
    for file in files {
      let text = try String(contentsOfFile: out + "/" + file, encoding: .utf8)
      #expect(
        !text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" }, "\(file)")
      #expect(text.contains("HI␛]0;title␇"), "\(file)")
      #expect(text.contains("␛[2J"), "\(file)")
    }
    let folder = try #require(JournalInspection.sessionFolders(in: temp.path).first)
    let read = try JournalInspection.read(folder)
    #expect(read.sessionStart?.lead == "HI\u{1B}]0;title\u{07}")
    #expect(JournalInspection.notes(read.entries).map(\.2) == [Self.note])
  }

  @Test func sessionsShowsAHandEditedJournalInert() throws {
    let temp = TemporaryFolder()
    let run = try runProcess(
      RapportBinary.path,
      [
        "run", ShippedProtocols.url("belonging-interview.yaml").path, "--participant", "P043",
        "--responses", temp.path,
      ], input: "2\n", environment: ["NO_COLOR": "1"])
    #expect(run.status == 0, "\(run.stderr)")
    let folder = try #require(JournalInspection.sessionFolders(in: temp.path).first)
    let path = folder + "/journal.jsonl"
    let journal = try String(contentsOfFile: path, encoding: .utf8)
    #expect(journal.contains(#""participant":"P043""#))
    let edited = journal.replacingOccurrences(
      of: #""participant":"P043""#,
      with: #""participant":"P\u001b[2J\u001b]52;c;eA==\u0007\r"#
        + String(repeating: "9", count: 5_000) + #"""#)
    try edited.write(toFile: path, atomically: false, encoding: .utf8)

    let sessions = try runProcess(RapportBinary.path, ["sessions", "--responses", temp.path])
    #expect(sessions.status == 0, "\(sessions.stderr)")
    #expect(!sessions.stdout.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    #expect(sessions.stdout.contains("P␛[2J␛]52;c;eA==␇␍999"))
    #expect(sessions.stdout.contains("… (+4,"), "a 5,000-character id is cut")
    #expect(sessions.stdout.split(separator: "\n").allSatisfy { $0.count < 250 })
  }

  @Test func participantIdsAndArgumentsAreEchoedInertAndShort() throws {
    let protocolPath = ShippedProtocols.url("belonging-interview.yaml").path
    let temp = TemporaryFolder()
    let long = try runProcess(
      RapportBinary.path,
      [
        "run", protocolPath, "--participant", String(repeating: "P", count: 10_000),
        "--responses", temp.path,
      ])
    #expect(long.status == 2)
    #expect(long.stderr.hasPrefix("error: participant id '" + String(repeating: "P", count: 64)))
    #expect(long.stderr.contains("… (+9,936 characters)' cannot be used"))
    #expect(long.stderr.count < 300)

    let hostile = try runProcess(
      RapportBinary.path,
      [
        "run", protocolPath, "--participant", "P\u{1B}[2J\u{1B}]0;x\u{07}", "--responses",
        temp.path,
      ])
    #expect(hostile.status == 2)
    #expect(hostile.stderr.contains("participant id 'P␛[2J␛]0;x␇' cannot be used"))
    #expect(!hostile.stderr.contains("\u{1B}"))

    let format = try runProcess(RapportBinary.path, ["export", "--all", "--format", "x\u{1B}[2J"])
    #expect(format.status == 2)
    #expect(format.stderr.contains("unknown format 'x␛[2J'"))
    #expect(!format.stderr.contains("\u{1B}"))
    #expect(JournalInspection.sessionFolders(in: temp.path).isEmpty)
  }

  @Test func aProtocolsWordsAndKeysAreShownInertByRenderAndLint() throws {
    let temp = TemporaryFolder()
    let shipped = try String(
      contentsOf: ShippedProtocols.url("belonging-interview.yaml"), encoding: .utf8)
    let title = "title: Belonging and support at medical school — semi-structured interview"
    #expect(shipped.contains(title))
    let path = temp.path + "/hostile.yaml"
    try shipped.replacingOccurrences(of: title, with: #"title: "Belonging \e]0;pwned\a\e[2J""#)
      .write(toFile: path, atomically: true, encoding: .utf8)
    let render = try runProcess(RapportBinary.path, ["render", path, "--format", "text"])
    #expect(render.status == 0, "\(render.stderr)")
    #expect(render.stdout.contains("Belonging ␛]0;pwned␇␛[2J"))
    #expect(!render.stdout.contains("\u{1B}"))
    let markdown = try runProcess(RapportBinary.path, ["render", path])
    #expect(markdown.stdout.contains("# Belonging ␛]0;pwned␇␛[2J\n"))
    #expect(!markdown.stdout.contains("\u{1B}"))

    let bad = temp.path + "/bad.yaml"
    try shipped.replacingOccurrences(of: title, with: title + "\n\"bad\\e[2J\": 1")
      .write(toFile: bad, atomically: true, encoding: .utf8)
    let lint = try runProcess(RapportBinary.path, ["lint", bad])
    #expect(lint.status == 1)
    #expect(lint.stdout.contains("bad␛[2J"), "\(lint.stdout)")
    #expect(!lint.stdout.contains("\u{1B}"))
  }

  @Test func invalidUTF8PipedInIsJournaledWithReplacementCharacters() throws {
    let temp = TemporaryFolder()
    let input = temp.path + "/input"
    var bytes = Data("2\n1\n3\n1 2\n\n1\n\n\nbroken ".utf8)
    bytes += Data([0xFF, 0xFE, 0xC3, 0x28, 0x1B, 0x5B, 0x32, 0x4A])
    bytes += Data(" end\n".utf8)
    try bytes.write(to: URL(fileURLWithPath: input))
    let run = try runProcess(
      "/bin/sh",
      [
        "-c", #"exec "$0" run "$1" --participant P044 --responses "$2" < "$3""#,
        RapportBinary.path, ShippedProtocols.url("belonging-interview.yaml").path, temp.path,
        input,
      ], environment: ["NO_COLOR": "1"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("note saved"))
    Self.expectNoNoteEscapes(Data(run.stdout.utf8))
    let folder = try #require(JournalInspection.sessionFolders(in: temp.path).first)
    let notes = JournalInspection.notes(try JournalInspection.read(folder).entries).map(\.2)
    #expect(notes == ["broken \u{FFFD}\u{FFFD}\u{FFFD}(\u{1B}[2J end"])
  }
}

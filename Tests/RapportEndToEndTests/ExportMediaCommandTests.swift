import Foundation
import RapportCore
import RapportTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `rapport export --format qdpx --media PATH` as a user runs it, and the zip files
/// without it: the real binary on real journals, read back by `qdpx_check.py`/`zipcheck.py`.
@Suite struct ExportMediaCommandTests {
  static let rapport = RapportBinary.path
  static let p1 = "P001_belonging-interview_20221003T140509Z"

  struct Project: Decodable {
    struct Recording: Decodable {
      var name: String
      var kind: String
      var path: String
      var sha256: String?
    }
    var recordings: [Recording]
  }

  struct Member: Decodable {
    var name: String
    var method: Int
    var sha256: String
  }

  static func project(_ path: String) throws -> Project {
    try ExportValidators.read(
      Project.self, "qdpx_check.py", [path, try ExportValidators.refiSchema()])
  }

  static func sha256(_ data: Data) -> String {
    // Read back by Python, so the digest is not computed by the code under test.
    let folder = TemporaryFolder()
    let path = folder.path + "/d"
    try? data.write(to: URL(fileURLWithPath: path))
    let result = try? runProcess("/usr/bin/env", ["sha256sum", path])
    return String(result?.stdout.prefix(64) ?? "")
  }

  /// Exports `session`'s project with one generated WAV, `interview one.wav`, as its
  /// `--media`; the folder holds everything and must outlive the checks.
  static func exportWithOneRecording(_ session: String, _ extra: [String] = []) throws -> (
    folder: TemporaryFolder, wav: String, project: String, result: ProcessResult
  ) {
    let folder = TemporaryFolder()
    let responses = try ExportCommandTests.responses(in: folder)
    let wav = folder.path + "/interview one.wav"
    try WAVFixture.write(to: wav)
    let out = folder.path + "/out"
    let result = try runProcess(
      Self.rapport,
      ["export", session, "--responses", responses, "-f", "qdpx", "--out", out, "--media", wav]
        + extra)
    return (folder, wav, out + "/belonging-interview.qdpx", result)
  }

  @Test("one session's recording, copied into the project: valid, 0600, byte for byte")
  func oneRecordingCopied() throws {
    let (folder, _, path, result) = try Self.exportWithOneRecording(
      Self.p1, ["--media-link", "copy"])
    defer { withExtendedLifetime(folder) {} }
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr == "")
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]
    #expect(mode as? Int == 0o600)
    let recording = try #require(try Self.project(path).recordings.first)
    #expect(recording.name == Self.p1)
    #expect(recording.kind == "audio")
    #expect(recording.path.hasPrefix("internal://"))
    #expect(recording.sha256 == Self.sha256(WAVFixture.silence()))
    let members = try ExportValidators.read([Member].self, "zipcheck.py", [path])
    #expect(members.first { $0.name.hasSuffix(".wav") }?.method == 0, "stored, not deflated")
    #expect(
      members.filter { $0.name.hasSuffix(".txt") || $0.name.hasSuffix(".qde") }
        .allSatisfy { $0.method == 8 })
  }

  @Test("by default the project references the recording by its absolute file URL")
  func oneRecordingReferenced() throws {
    let (folder, wav, path, result) = try Self.exportWithOneRecording("P001")
    defer { withExtendedLifetime(folder) {} }
    #expect(result.status == 0, "\(result.stderr)")
    let recording = try #require(try Self.project(path).recordings.first)
    #expect(recording.path == URL(fileURLWithPath: wav).absoluteString)
    #expect(recording.path.hasPrefix("file:///") && recording.path.contains("interview%20one.wav"))
    #expect(recording.sha256 == nil)
  }

  @Test("a folder of recordings is matched by name; the rest are warnings, not failures")
  func aFolderIsMatchedWithWarnings() throws {
    let folder = TemporaryFolder()
    let responses = try ExportCommandTests.responses(in: folder)
    let media = folder.path + "/media"
    try FileManager.default.createDirectory(atPath: media, withIntermediateDirectories: true)
    try WAVFixture.write(to: media + "/P001.wav")
    try WAVFixture.write(to: folder.path + "/elsewhere.wav")
    try FileManager.default.createSymbolicLink(
      atPath: media + "/P002.wav", withDestinationPath: folder.path + "/elsewhere.wav")
    try Data("x".utf8).write(to: URL(fileURLWithPath: media + "/notes.txt"))
    try WAVFixture.write(to: media + "/P009.mp3")
    let out = folder.path + "/out"
    let result = try runProcess(
      Self.rapport,
      ["export", "--all", "--responses", responses, "-f", "qdpx", "--out", out, "--media", media])
    #expect(result.status == 0, "\(result.stderr)")
    let p2 = "P002_belonging-interview_20221003T140509Z"
    let warnings = result.stderr.split(separator: "\n").filter { !$0.contains("snapshot") }
      .filter { !$0.contains("has changed since") }
    #expect(
      warnings == [
        "warning: media: 'P002.wav' is not a regular file (a link or a folder); left out",
        "warning: media: 'notes.txt' is not an audio or video file (by its extension); left out",
        "warning: session '\(p2)': no recording in the media folder (name it '\(p2).wav', or by the participant ID)",
        "warning: media: 'P009.mp3' fits no session exported; left out",
      ])
    let recordings = try Self.project(out + "/belonging-interview.qdpx").recordings
    #expect(recordings.map(\.name) == [Self.p1])
  }

  @Test("links, FIFOs, a single file for many sessions and --media without qdpx are refused")
  func refusals() throws {
    let folder = TemporaryFolder()
    let responses = try ExportCommandTests.responses(in: folder)
    let wav = folder.path + "/a.wav"
    try WAVFixture.write(to: wav)
    let link = folder.path + "/link.wav"
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: wav)
    let fifo = folder.path + "/fifo.wav"
    #expect(mkfifo(fifo, 0o600) == 0)
    let base = [
      "export", "P001", "--responses", responses, "-f", "qdpx", "--out", folder.path + "/o",
    ]

    let linked = try runProcess(Self.rapport, base + ["--media", link])
    #expect(linked.status == 1)
    #expect(
      linked.stderr
        == "error: '\(link)' is a symbolic link: refusing to follow it (name the file it points to)\n"
    )
    let piped = try runProcess(Self.rapport, base + ["--media", fifo])
    #expect(piped.status == 1)
    #expect(piped.stderr == "error: '\(fifo)' is not a regular file: refusing to use it\n")
    let text = folder.path + "/a.txt"
    try Data().write(to: URL(fileURLWithPath: text))
    let notMedia = try runProcess(Self.rapport, base + ["--media", text])
    #expect(notMedia.status == 1)
    #expect(notMedia.stderr.hasPrefix("error: '\(text)' is not an audio or video file"))
    let many = try runProcess(
      Self.rapport,
      [
        "export", "--all", "--responses", responses, "-f", "qdpx", "--out", folder.path + "/o",
        "--media", wav,
      ])
    #expect(many.status == 1)
    #expect(many.stderr.contains("error: --media names one recording, but 2 sessions are exported"))
    let noQDPX = try runProcess(
      Self.rapport,
      ["export", "P001", "--responses", responses, "-f", "docx", "--media", wav])
    #expect(noQDPX.status == 2)
    #expect(
      noQDPX.stderr.contains("--media adds recordings to the qdpx project: add --format qdpx"))
    #expect(!FileManager.default.fileExists(atPath: folder.path + "/o/belonging-interview.qdpx"))
  }

  /// The SHA-256 of each member of the `.qdpx` and of one `.docx` that the project's own zip
  /// writer made (before ZIPFoundation, the release binary of 4834206) of
  /// `scripts/generate-sessions 3`; taken again when the shipped debrief note gained
  /// `{site.welfare}` (the journals snapshot the protocol), with that same old binary.
  static let before: [String: String] = [
    "project.qde": "e16405af099c35430661d6a6fb17442c0f7900849c5c459504f31957927631d5",
    "sources/4aa7ceb7-5c97-5bec-a725-f3fe341df22d.txt":
      "23d1028e671ba4b4adbb3681556e377241ebc4686a039b0da395ea20452e3105",
    "sources/d8c9261e-466d-5618-aa46-7789b9070de4.txt":
      "4fcc9d7f10c883c0c7b5fe82cb40d8842620482122e1209db38ab5d93e5eff32",
    "sources/f09e6100-b1c0-54aa-a46b-2294cb421248.txt":
      "2aff2d60d7397de0aa371bae033d21df076d22021e667ad778e4d6a255bfc9c9",
    "[Content_Types].xml": "9ea920177f5c14d6ef56645132e55c95348475229405eb4e605427fa35420bc7",
    "_rels/.rels": "9beb76fbdf4defb1ef084bd8b1d2aa8b7454ff7f209de4b9cab01c347d19eec1",
    "docProps/core.xml": "40f252fbf4da48d58beed401945870e03b41c0e82ab694656e89cb6dd99891a1",
    "word/_rels/document.xml.rels":
      "b8ef2ab43ae0e80a09a79b4b3443ab8af2c8a4993cdc6d07504ed3d4eac53388",
    "word/document.xml": "0fd85bd8e2266ac99ceac4e0ebc7bd6eb614007dd9cb083e629102511e3c26b0",
    "word/numbering.xml": "ce1cf151ae66d260440724e013771fca45b8564bb7cccb231c2826e1c47c8f2b",
    "word/styles.xml": "a46d706f8c6f0831ffefeb538964436b85e142bad3c57451fa46676cef0ebc6e",
  ]

  @Test(
    "without --media the members are byte-identical to before, and exporting again gives the same files"
  )
  func withoutMediaNothingChanges() throws {
    let folder = TemporaryFolder()
    let responses = folder.path + "/Responses"
    let generator = RapportBinary.packageRoot.appendingPathComponent("scripts/generate-sessions")
    let generated = try runProcess(
      try ExportValidators.tool("python"), [generator.path, "3", responses])
    #expect(generated.status == 0, "\(generated.stderr)")
    var files: [[String: Data]] = []
    for out in [folder.path + "/first", folder.path + "/second"] {
      let result = try runProcess(
        Self.rapport,
        ["export", "--all", "--responses", responses, "-f", "qdpx,docx", "--out", out])
      #expect(result.status == 0, "\(result.stderr)")
      var bytes: [String: Data] = [:]
      for name in try FileManager.default.contentsOfDirectory(atPath: out) {
        bytes[name] = FileManager.default.contents(atPath: out + "/" + name)
      }
      files.append(bytes)
    }
    #expect(files[0].count == 4)
    #expect(files[0] == files[1], "the same sessions give the same bytes")
    let out = folder.path + "/first"
    let members =
      try ExportValidators.read([Member].self, "zipcheck.py", [out + "/belonging-interview.qdpx"])
      + ExportValidators.read(
        [Member].self, "zipcheck.py", [out + "/P001_belonging-interview_20221003T140000Z.docx"])
    #expect(Dictionary(uniqueKeysWithValues: members.map { ($0.name, $0.sha256) }) == Self.before)
    #expect(members.allSatisfy { $0.method == 8 }, "every member DEFLATE-compressed")
  }
}

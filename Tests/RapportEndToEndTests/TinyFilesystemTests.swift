import Foundation
import RapportCore
import RapportTestSupport
import Testing

/// A real file system that fills up: a 64 KiB tmpfs, mounted when the tests run as root.
final class TinyFilesystem {
  let path: String

  static var available: Bool {
    getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/bin/mount")
  }

  init(in temp: TemporaryFolder) throws {
    path = temp.path + "/tiny"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    let mounted = try runProcess("/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", path])
    guard mounted.status == 0 else { throw CocoaError(.fileWriteUnknown) }
  }

  /// Fills the file system, then frees `room` bytes again.
  func fill(leaving room: Int) throws {
    let filler = try #require(FileHandle(forWritingAtPath: createFile(path + "/filler")))
    let block = Data(count: 4096)
    while (try? filler.write(contentsOf: block)) != nil {}
    let size = try filler.offset()
    try filler.truncate(atOffset: size > UInt64(room) ? size - UInt64(room) : 0)
    try filler.close()
  }

  private func createFile(_ file: String) -> String {
    FileManager.default.createFile(atPath: file, contents: nil)
    return file
  }

  deinit { _ = try? runProcess("/bin/umount", [path]) }
}

@Suite("rapport run on a real full file system", .enabled(if: TinyFilesystem.available))
struct TinyFilesystemTests {
  /// `rapport run` of the shipped interview for P001, typed `lines`, writing to the tiny disk.
  static func run(_ lines: [String], on tiny: TinyFilesystem, home: TemporaryFolder) throws
    -> ProcessResult
  {
    try runProcess(
      RapportBinary.path,
      [
        "run", ShippedProtocols.url("belonging-interview.yaml").path, "--participant", "P001",
        "--responses", tiny.path + "/Responses",
      ], input: lines.joined(separator: "\n") + "\n",
      environment: ["HOME": home.path, "NO_COLOR": "1"])
  }

  @Test func theInterviewGoesOnAndTheWholeSessionIsRescuedElsewhere() throws {
    let temp = TemporaryFolder()
    let tiny = try TinyFilesystem(in: temp)
    try tiny.fill(leaving: 16 * 1024)
    let notes = (1...40).map { "note \($0) " + String(repeating: "y", count: 150) }
    let lines = ["2", "1", "3", "1 2", "", "1", "", ""] + notes
    let result = try Self.run(lines, on: tiny, home: temp)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("not saved: the disk is full"))
    let original = try #require(
      JournalInspection.sessionFolders(in: tiny.path + "/Responses").first)
    let kept = try JournalInspection.read(original)
    #expect(kept.isClean)
    let rescued = try #require(
      JournalInspection.sessionFolders(in: temp.path + "/rapport-rescue").first)
    let read = try JournalInspection.read(rescued)
    #expect(read.isClean)
    #expect(JournalInspection.notes(read.entries).map(\.2) == notes)
    // What reached the tiny disk is the same session up to where it filled.
    let savedThere = JournalInspection.notes(kept.entries).map(\.2)
    #expect(savedThere.count < notes.count)
    #expect(Array(notes.prefix(savedThere.count)) == savedThere)
    // The hint works when pasted: the rescued session's name and its responses folder.
    let name = (rescued as NSString).lastPathComponent
    let root = (rescued as NSString).deletingLastPathComponent
    #expect(result.stdout.contains("Continue with: rapport resume \(name) --responses \(root)"))
  }

  @Test func savetoContinuesTheSessionOnAnotherDiskWithEveryNoteOnce() throws {
    let temp = TemporaryFolder()
    let tiny = try TinyFilesystem(in: temp)
    try tiny.fill(leaving: 12 * 1024)
    let notes = (1...30).map { "note \($0) " + String(repeating: "z", count: 150) }
    let usb = temp.path + "/usb"
    let lines =
      ["2", "1", "3", "1 2", "", "1", "", ""] + notes.prefix(25) + ["/saveto \(usb)"]
      + notes.suffix(5) + ["/end", "y"]
    let result = try Self.run(lines, on: tiny, home: temp)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("not saved: the disk is full"))
    let moved = try #require(JournalInspection.sessionFolders(in: usb).first)
    #expect(result.stdout.contains("Session ended. Notes are in \(moved)/."))
    let read = try JournalInspection.read(moved)
    #expect(read.isClean)
    #expect(JournalInspection.notes(read.entries).map(\.2) == notes)
    #expect(read.entries.contains { if case .ended = $0.event { true } else { false } })
    #expect(!FileManager.default.fileExists(atPath: temp.path + "/rapport-rescue"))
  }
}

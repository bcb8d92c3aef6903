import Foundation
import RapportCore
import RapportTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Links, FIFOs, loose modes and a start cut short, as a hostile or unlucky user meets them.
@Suite("session files, links and odd files")
struct SessionFilesSafetyTests {
  static let rapport = RapportBinary.path

  @Test(arguments: ["journal.jsonl", "history"])
  func resumeRefusesALinkPlantedInTheSessionFolder(name: String) throws {
    let session = try DamagedJournalSession()
    let outside = session.temp.path + "/outside.txt"
    try Data("not yours\n".utf8).write(to: URL(fileURLWithPath: outside))
    chmod(outside, 0o644)
    let link = session.folder + "/" + name
    if name == "journal.jsonl" {
      try FileManager.default.moveItem(atPath: link, toPath: session.temp.path + "/moved.jsonl")
    }
    symlink(outside, link)
    let message =
      "error: '\(link)' is a symbolic link: refusing to follow it out of the session folder\n"
    for command in [session.resume, session.join] {
      let result = try command()
      #expect(result.status == 1)
      #expect(result.stderr == message)
    }
    #expect(try String(contentsOfFile: outside, encoding: .utf8) == "not yours\n")
    var info = stat()
    stat(outside, &info)
    #expect(info.st_mode & 0o777 == 0o644, "the link's target keeps its mode")
  }

  @Test func aSessionFolderThatIsALinkIsRefused() throws {
    let session = try DamagedJournalSession()
    let link = session.responses + "/P002_belonging-interview_20260101T000000Z"
    symlink(session.folder, link)
    let result = try session.rapport(["resume", link, "--responses", session.responses])
    #expect(result.status == 1)
    #expect(
      result.stderr
        == "error: '\(link)' is a symbolic link: refusing to follow it out of the responses "
        + "folder\n")
    let listing = try session.sessions()
    #expect(listing.stdout.split(separator: "\n").count == 2, "the link is not listed")
  }

  @Test func aResponsesFolderThatIsALinkIsRefusedByEveryCommand() throws {
    let session = try DamagedJournalSession()
    let link = session.temp.path + "/Linked"
    symlink(session.responses, link)
    let message =
      "the responses folder '\(link)' is a symbolic link: refusing to follow it (name the folder "
      + "it points to with --responses)\n"
    for arguments in [["sessions"], ["resume", "P001"], ["join", "P001"]] {
      let result = try session.rapport(arguments + ["--responses", link])
      #expect(result.status == 1)
      #expect(result.stderr == "error: " + message)
    }
    let export = try session.rapport(["export", "--all", "-f", "json", "--responses", link])
    #expect(export.status == 1)
    #expect(export.stderr == "error: " + message)
  }

  @Test func exportWithForceReplacesAPlantedLinkAndNeverWritesThroughIt() throws {
    let session = try DamagedJournalSession()
    let outside = session.temp.path + "/outside.txt"
    try Data("not yours\n".utf8).write(to: URL(fileURLWithPath: outside))
    mkdir(session.out, 0o700)
    let target = session.out + "/\(session.name).json"
    symlink(outside, target)
    let refused = try session.rapport(
      [
        "export", session.name, "--responses", session.responses, "-f", "json", "--out",
        session.out,
      ])
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("already exist"))
    let forced = try session.export()
    #expect(forced.status == 0, "\(forced.stderr)")
    #expect(try String(contentsOfFile: outside, encoding: .utf8) == "not yours\n")
    var info = stat()
    lstat(target, &info)
    #expect(info.st_mode & S_IFMT == S_IFREG)
    #expect(info.st_mode & 0o777 == 0o600)
  }

  @Test func aResponsesFolderOpenToOthersIsTightenedWithOneWarning() throws {
    let session = try DamagedJournalSession()
    chmod(session.responses, 0o777)
    let first = try session.sessions()
    #expect(first.status == 0)
    #expect(
      first.stderr
        == "warning: the responses folder '\(session.responses)' was open to other users (mode "
        + "0777); it is now 0700, as session notes are personal data.\n")
    var info = stat()
    stat(session.responses, &info)
    #expect(info.st_mode & 0o777 == 0o700)
    #expect(try session.sessions().stderr == "", "warned once: the folder is private now")
  }

  @Test(arguments: ["lint", "render"])
  func aFIFOIsRefusedAtOnceNotReadForEver(command: String) throws {
    let temp = TemporaryFolder()
    let fifo = temp.path + "/protocol.yaml"
    #expect(mkfifo(fifo, 0o600) == 0)
    let started = Date()
    let result = try runProcess(Self.rapport, [command, fifo])
    #expect(Date().timeIntervalSince(started) < 5)
    #expect(result.status == 1)
    let message =
      "\(fifo):1:1: error: cannot read '\(fifo)': not a regular file (a named pipe) [cannot-read]"
    #expect((command == "lint" ? result.stdout : result.stderr).hasPrefix(message + "\n"))
    let device = try runProcess(Self.rapport, [command, "/dev/zero"])
    #expect(device.status == 1)
    #expect(
      (command == "lint" ? device.stdout : device.stderr).hasPrefix(
        "/dev/zero:1:1: error: cannot read '/dev/zero': not a regular file (a device) "
          + "[cannot-read]\n"))
  }

  @Test func aStartCutShortByTheFileSizeLimitLeavesNoSessionBehind() throws {
    let temp = TemporaryFolder()
    let responses = temp.path + "/Responses"
    // 4 KiB: the session start (which holds the whole protocol) cannot be written.
    let result = try runProcess(
      "/bin/bash",
      [
        "-c", "ulimit -f 4; exec \"$0\" \"$@\"", Self.rapport, "run",
        RapportBinary.shippedProtocol("belonging-interview.yaml"), "--participant", "P001",
        "--responses", responses,
      ])
    #expect(result.status != 0)
    let listing = try runProcess(Self.rapport, ["sessions", "--responses", responses])
    #expect(listing.stdout == "No sessions in '\(responses)'.\n")
    #expect(JournalInspection.sessionFolders(in: responses).isEmpty)
    let again = try runProcess(
      Self.rapport,
      [
        "run", RapportBinary.shippedProtocol("belonging-interview.yaml"), "--participant", "P001",
        "--responses", responses,
      ])
    #expect(!again.stdout.contains("already has"))
    #expect(JournalInspection.sessionFolders(in: responses).count == 1)
  }
}

import Foundation
import RapportCore
import RapportTestSupport
import Testing

/// Two real processes on one session, each on its own pseudo-terminal: the lead's
/// `rapport run` and the supporter's `rapport join`.
@Suite("rapport join, two terminals")
struct JoinTerminalTests {
  static let enter = "\r"

  /// Starts the shipped interview for `participant` and walks it to q1.
  static func leadAtFirstQuestion(
    _ participant: String, in temp: TemporaryFolder, follow: String = "inotify"
  ) throws -> PseudoTerminal {
    let lead = try PseudoTerminal(
      executable: RapportBinary.path,
      arguments: [
        "run", ShippedProtocols.url("belonging-interview.yaml").path, "--participant",
        participant, "--responses", temp.path,
      ], environment: ["NO_COLOR": "1", "RAPPORT_FOLLOW": follow])
    try lead.walkShippedInterviewToFirstQuestion()
    return lead
  }

  static func join(
    _ participant: String, in temp: TemporaryFolder, as role: String = "support",
    follow: String = "inotify"
  ) throws -> PseudoTerminal {
    try PseudoTerminal(
      executable: RapportBinary.path,
      arguments: ["join", participant, "--responses", temp.path, "--as", role],
      environment: ["NO_COLOR": "1", "RAPPORT_FOLLOW": follow])
  }

  /// `/takeover` and y to its question; with the lead gone, the supporter drives and, as
  /// the recording ran into the outage, says it still runs. `saidFirst` is waited for
  /// before "You are driving".
  static func takeOver(_ support: PseudoTerminal, saidFirst: String? = nil) throws {
    support.type("/takeover" + enter)
    try support.waitFor("confirm")
    support.type("y" + enter)
    if let saidFirst { try support.waitFor(saidFirst) }
    try support.waitFor("You are driving the session now")
    try support.waitFor("Was the recording still running?")
    support.type("y" + enter)
    try support.waitFor("recording time runs on through the outage")
  }

  /// Both ways of following: inotify, and the polling fallback (`RAPPORT_FOLLOW=poll`).
  @Test(arguments: ["inotify", "poll"])
  func notesAndCuesReachTheOtherTerminalAndTheLeadsTypedLineSurvives(follow: String) throws {
    let temp = TemporaryFolder()
    let lead = try Self.leadAtFirstQuestion("P021", in: temp, follow: follow)
    let support = try Self.join("P021", in: temp, follow: follow)
    try support.waitFor("generally found studying medicine")
    try support.waitFor("SUPPORTING")
    // One supporter at a time: a second would repeat the writer's sequence numbers.
    let second = try runProcess(RapportBinary.path, ["join", "P021", "--responses", temp.path])
    let name = try #require(JournalInspection.sessionFolders(in: temp.path).first)
      .split(separator: "/").last.map(String.init)
    #expect(second.status == 1)
    #expect(
      second.stderr == "error: someone is already attached to '\(name ?? "")' as support; "
        + "re-attach the lead with --as lead\n")

    lead.type("lead note while both watch" + Self.enter)
    try support.waitFor("lead note on q1: lead note while both watch", timeout: 5)
    support.type("support note from the second terminal" + Self.enter)
    try support.waitFor("note saved")
    try lead.waitFor("support note on q1: support note from the second terminal", timeout: 5)

    // The lead is mid-line when a cue arrives: the cue shows, the typed text survives.
    lead.type("half a line")
    try lead.waitFor("half a line")
    support.type("/suggest 1" + Self.enter)
    try lead.waitFor("CUE from support", timeout: 5)
    try lead.waitFor("ask prompt 1:")
    try lead.waitFor("half a line")
    lead.type(" and the rest" + Self.enter)
    try lead.waitFor("note saved")

    // Navigation stays with the lead; so does driving while the lead is there.
    support.type("/n" + Self.enter)
    try support.waitFor("the lead is driving; /takeover if their terminal is gone")
    support.type("/takeover" + Self.enter)
    try support.waitFor("still driving this session")
    support.type("/cue ask about placements" + Self.enter)
    try lead.waitFor("CUE from support", timeout: 5)
    try lead.waitFor("ask about placements")

    // The lead moves on; the supporter's screen follows with no key pressed.
    lead.type(Self.enter)
    try support.waitFor("made you feel as though you belonged?", timeout: 5)

    support.type("/q" + Self.enter)
    #expect(support.waitForExit() == 0)
    try lead.endSession()
    #expect(lead.waitForExit() == 0)

    let folder = try #require(JournalInspection.sessionFolders(in: temp.path).first)
    let read = try JournalInspection.read(folder)
    #expect(read.isClean)
    let notes = JournalInspection.notes(read.entries).map { "\($0.1.rawValue): \($0.2)" }
    #expect(
      notes == [
        "lead: lead note while both watch", "support: support note from the second terminal",
        "lead: half a line and the rest",
      ])
    let cues = read.entries.compactMap { entry -> String? in
      if case .cue(_, let kind, let text) = entry.event { return "\(kind.rawValue): \(text)" }
      return nil
    }
    #expect(
      cues == [
        "suggest-prompt: prompt 1: Confidence with learning, and workload levels?",
        "message: ask about placements",
      ])
    for writer in ["lead", "support"] {
      let seqs = read.entries.filter { $0.writer == writer }.map(\.seq)
      #expect(seqs == Array(1...max(1, seqs.count)))
    }
  }

  @Test func theSupporterTakesOverWhenTheLeadIsKilledAndFinishesTheSession() throws {
    let temp = TemporaryFolder()
    let lead = try Self.leadAtFirstQuestion("P022", in: temp)
    let support = try Self.join("P022", in: temp)
    try support.waitFor("SUPPORTING")
    lead.type("said before the crash" + Self.enter)
    try support.waitFor("said before the crash", timeout: 5)

    lead.send(signal: SIGKILL)
    #expect(lead.waitForExit() != nil)
    try support.waitFor("/takeover to drive", timeout: 5)
    try Self.takeOver(support)

    // The lead's `rapport resume` is refused while the supporter drives.
    let refused = try runProcess(
      RapportBinary.path, ["resume", "P022", "--responses", temp.path])
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("is being driven in another terminal right now"))

    // The lead re-attaches as a follower and sees the supporter drive.
    let rejoined = try Self.join("P022", in: temp, as: "lead")
    try rejoined.waitFor("said before the crash")
    support.type("/p 1" + Self.enter)
    try support.waitFor("prompt 1 marked as asked")
    support.type(Self.enter)
    try rejoined.waitFor("made you feel as though you belonged?", timeout: 5)
    rejoined.type("lead follows along" + Self.enter)
    try support.waitFor("lead note on q2: lead follows along", timeout: 5)

    try support.endSession()
    #expect(support.waitForExit() == 0)
    try rejoined.waitFor("the session was ended by support", timeout: 5)
    rejoined.type("/q" + Self.enter)
    #expect(rejoined.waitForExit() == 0)

    let folder = try #require(JournalInspection.sessionFolders(in: temp.path).first)
    let read = try JournalInspection.read(folder)
    #expect(read.isClean)
    let bySupport = read.entries.filter { $0.writer == "support" }
    #expect(bySupport.map(\.seq) == Array(1...bySupport.count))
    #expect(bySupport.first?.event == .sessionResumed)
    #expect(bySupport.contains { $0.event == .promptUsed(step: "q1", index: 1) })
    #expect(read.entries.last?.event == .ended(reason: .endedEarly))
    #expect(
      JournalInspection.notes(read.entries).map(\.2) == [
        "said before the crash", "lead follows along",
      ])
  }

  @Test func aLineTornByTheKilledLeadSwallowsNothingTheSupporterWritesAfterIt() throws {
    let temp = TemporaryFolder()
    let lead = try Self.leadAtFirstQuestion("P023", in: temp)
    let support = try Self.join("P023", in: temp)
    try support.waitFor("SUPPORTING")
    lead.send(signal: SIGKILL)
    #expect(lead.waitForExit() != nil)
    try support.waitFor("/takeover to drive", timeout: 5)
    // The lead died in the middle of a write: half a line, no newline.
    let folder = try #require(JournalInspection.sessionFolders(in: temp.path).first)
    let handle = try #require(FileHandle(forWritingAtPath: folder + "/journal.jsonl"))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(#"{"at":"2026-01-01T00:00:00.000Z","clock":9,"#.utf8))
    try handle.close()

    support.type("written after the tear" + Self.enter)
    try support.waitFor("note saved")
    try Self.takeOver(support, saidFirst: "is damaged and was left out of the replay")
    try support.endSession()
    #expect(support.waitForExit() == 0)

    let read = try JournalInspection.read(folder)
    #expect(read.damagedLines.count == 1)
    #expect(read.tornTail == nil)
    #expect(JournalInspection.notes(read.entries).map(\.2) == ["written after the tear"])
    #expect(read.entries.last?.event == .ended(reason: .endedEarly))
  }
}

import Foundation
import RapportCore
import RapportTestSupport
import Testing

/// Generated journals (notes by both interviewers, pauses, crashes with either answer,
/// takeovers, recording parts, torn tails): every place that shows a time derives the same
/// one for each event, and recording times are wall time since the mark within each part.
@Suite("Times agree everywhere")
struct TimeAgreementPropertyTests {
  static let interview = SessionFixtures.miniInterview
  static let start = Date(timeIntervalSince1970: 1_664_805_909)

  /// A deterministic generator (SplitMix64), so a failing seed can be replayed.
  struct Generator {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return Int((z ^ (z >> 31)) % UInt64(bound))
    }
  }

  /// One generated session: its journal and what each terminal said when a note was saved.
  struct Generated {
    var entries: [JournalEntry] = []
    var seq: [String: Int] = [:]
    var wall = 0.0
    var state = SessionState(protocol: interview)
    /// Note text → the time the typing terminal said ("note saved at …").
    var said: [String: String] = [:]
    var rng: Generator

    mutating func append(_ events: [SessionEvent], writer: String) {
      for event in events {
        seq[writer, default: 0] += 1
        // `clock` is each writer's own and deliberately meaningless: times come from `at`.
        let entry = JournalEntry(
          seq: seq[writer, default: 0], writer: writer,
          at: TimeAgreementPropertyTests.start.addingTimeInterval(wall),
          clock: Double(rng.next(10_000)), event: event)
        entries.append(entry)
        state = SessionEngine.apply(entry, to: state)
      }
    }

    var live: Double { state.clock(at: TimeAgreementPropertyTests.start.addingTimeInterval(wall)) }

    mutating func lead(_ line: String) {
      let command = CommandParser.parse(line, state: state, protocol: interview)
      let decision = SessionEngine.decide(command, state: state, protocol: interview, clock: live)
      append(decision.events, writer: "lead")
      if let confirmation = decision.confirmation { append(confirmation.events, writer: "lead") }
      record(decision)
    }

    mutating func support(_ text: String) {
      let decision = SupportDecider.decide(
        .note(text), state: state, protocol: interview, clock: live)
      if state.isEnded { #expect(decision.events.isEmpty) }
      append(decision.events, writer: "support")
      record(decision)
    }

    mutating func record(_ decision: Decision) {
      for case .noted(_, _, let text) in decision.events {
        said[text] = decision.feedback.first?.replacingOccurrences(of: "note saved at ", with: "")
      }
    }

    /// A crash of `writer`'s terminal, an outage, and a resume (or a takeover by the other).
    mutating func outage(resumedBy writer: String) {
      wall += Double(1 + rng.next(600))
      append([.sessionResumed], writer: writer)
      guard RecordingCheck.isDue(state) else { return }
      let reply = ["y", "n", nil][rng.next(3)]
      append(RecordingCheck.decide(reply: reply, state: state)?.events ?? [], writer: writer)
    }
  }

  static func generate(seed: UInt64) -> Generated {
    var g = Generated(rng: Generator(state: seed))
    let opening = SessionEngine.start(SessionFixtures.start, protocol: interview)
    g.append(opening, writer: "lead")
    for line in ["2", "3", "1 2", "", ""] { g.lead(line) }
    var notes = 0
    for _ in 0..<(10 + g.rng.next(30)) {
      g.wall += Double(g.rng.next(90)) + Double(g.rng.next(1000)) / 1000
      notes += 1
      switch g.rng.next(12) {
      case 0: g.lead("/pause")
      case 1: g.lead("/resume")
      case 2: g.lead("/rec stop")
      case 3: g.lead("/rec")
      case 4: g.outage(resumedBy: g.rng.next(2) == 0 ? "lead" : "support")
      case 5: g.lead(g.rng.next(4) == 0 ? "/end" : "")
      case 6, 7: g.support("support note \(notes)")
      default: g.lead("lead note \(notes)")
      }
    }
    return g
  }

  /// The parts of the recording computed independently of the model, from the events.
  static func parts(_ entries: [JournalEntry]) -> [(start: Date, end: Date?)] {
    var parts: [(start: Date, end: Date?)] = []
    var running = false
    var beforeOutage: Date?
    var previous: Date?
    for entry in entries {
      switch entry.event {
      case .recordingStarted where !running:
        parts.append((entry.at, nil))
        running = true
      case .recordingStopped where running:
        parts[parts.count - 1].end = entry.at
        running = false
      case .sessionResumed: beforeOutage = previous
      case .recordingChecked(false) where running:
        parts[parts.count - 1].end = beforeOutage
        running = false
      default: break
      }
      previous = entry.at
    }
    return parts
  }

  /// The part a moment is timed from: the one running, else the next (negative), else the
  /// last (past its end).
  static func part(of wall: Date, in parts: [(start: Date, end: Date?)]) -> (
    start: Date, end: Date?
  )? {
    guard let index = parts.lastIndex(where: { $0.start <= wall }) else { return parts.first }
    if let end = parts[index].end, wall > end, index + 1 < parts.count { return parts[index + 1] }
    return parts[index]
  }

  @Test(arguments: 0..<300)
  func everyTimeAgrees(seed: Int) throws {
    let g = Self.generate(seed: UInt64(seed) &* 7919 &+ 17)
    // A torn tail (a crash mid-write) changes nothing that was read.
    let data = g.entries.map(JournalCodec.encodeLine).reduce(Data(), +)
    let torn = JournalCodec.decode(data + Data(#"{"seq":99,"type":"no"#.utf8))
    #expect(torn.entries == g.entries)
    let entries = torn.entries

    let lead = SessionEngine.replay(entries, protocol: Self.interview)
    var support = SessionState(protocol: Self.interview)
    for entry in entries { support = SessionEngine.apply(entry, to: support) }
    let record = try SessionRecordBuilder.build(entries: entries, outline: nil)
    let summary = SessionListingRow(entries: entries, isWriterAlive: false)
    let template = TranscriptTemplate.blocks(for: record).flatMap { block -> [String] in
      if case .list(let lines) = block { return lines }
      return []
    }
    let parts = Self.parts(entries)

    // The lead's and the supporter's status lines, at the journal's last moment.
    let now = try #require(entries.last?.at)
    let leadStatus = ScreenRenderer.render(
      lead, protocol: Self.interview, clock: lead.clock(at: now), width: 100, color: false
    ).split(separator: "\n")[0]
    let supportStatus = SupportScreen.render(
      support, entries: entries, protocol: Self.interview, clock: support.clock(at: now),
      width: 100, color: false, role: .support
    ).split(separator: "\n")[0]
    #expect(leadStatus == supportStatus)
    // The sessions list, the export header and the status line: one duration.
    #expect(summary.duration == lead.elapsed(at: lead.clock(at: now)))
    #expect(record.activeSeconds == summary.duration)
    #expect(leadStatus.contains(ClockFormat.minutes(summary.duration) + " / 20:00"))

    let exported = Dictionary(
      record.notes.map { ($0.text, $0.time) }, uniquingKeysWith: { first, _ in first })
    for entry in entries {
      guard case .noted(_, let role, let text) = entry.event else { continue }
      let interview = ClockFormat.minutes(lead.elapsed(of: entry))
      // The supporter's Latest list and the typing terminal's confirmation.
      #expect(
        LiveNews.line(for: entry, state: support)
          == "[\(interview)] \(role.rawValue) note on \(entry.event.step ?? ""): \(text)")
      let recording = lead.timeline.recording(at: entry.at)
      let expected =
        interview
        + (recording?.isRecorded == true
          ? " (recording \(recording?.label ?? ""))" : "")
      #expect(g.said[text] == expected, "seed \(seed): \(text)")
      // Every export: the record, the template's line.
      let time = try #require(exported[text])
      if let part = Self.part(of: entry.at, in: parts) {
        #expect(abs(time - entry.at.timeIntervalSince(part.start)) < 0.0005, "seed \(seed)")
      } else {
        #expect(abs(time - entry.at.timeIntervalSince(Self.start)) < 0.0005)
      }
      #expect(template.contains("\(TimeCode.bracketed(time)) Note (\(role.rawValue)): \(text)"))
    }
    // The model's parts are the independently computed ones.
    #expect(lead.timeline.parts.map(\.startedAt) == parts.map(\.start))
    #expect(lead.timeline.parts.map(\.endedAt) == parts.map(\.end))
  }

  @Test("the generated journals cover every case the property is about")
  func generatorCoversTheCases() {
    let all = (0..<300).map { Self.generate(seed: UInt64($0) &* 7919 &+ 17) }
    func count(_ test: (Generated) -> Bool) -> Int { all.filter(test).count }
    #expect(count { $0.state.timeline.parts.count > 1 } > 20)
    #expect(
      count { $0.entries.contains { $0.event == .recordingChecked(stillRunning: false) } } > 20)
    #expect(
      count { $0.entries.contains { $0.event == .recordingChecked(stillRunning: true) } } > 20)
    #expect(
      count { $0.entries.contains { $0.writer == "support" && $0.event == .sessionResumed } } > 20)
    #expect(count { $0.state.isEnded } > 20)
    #expect(count { $0.state.timeline.pauses.count > 1 } > 20)
  }
}

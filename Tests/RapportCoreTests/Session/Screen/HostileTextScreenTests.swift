import Foundation
import RapportCore
import RapportTestSupport
import Testing

/// Protocol text, notes, cues, answers and ids that try to act on the terminal: the screens
/// show them, and the only escape codes that reach the terminal are the program's styling.
@Suite("Hostile text on the screens")
struct HostileTextScreenTests {
  /// Clears the screen, writes to the clipboard, sets the title, hides and reverses text.
  static let hostile =
    "\u{1B}[2J\u{1B}]52;c;cGFzc3dvcmQ=\u{07}\u{1B}]0;pwned\u{1B}\\\u{9B}31m\r\u{202E}\u{0}"
  static let shown = "␛[2J␛]52;c;cGFzc3dvcmQ=␇␛]0;pwned␛\\<U+009B>31m␍<U+202E>␀"

  static let hostileProtocol: InterviewProtocol = {
    typealias B = ProtocolBuilder
    let h = hostile
    return InterviewProtocol(
      id: B.at("hostile"), title: B.at("Title " + h), version: B.at("1" + h),
      duration: B.at(PlannedDuration(seconds: 600)),
      participant: ParticipantSpec(
        attributes: [
          B.item(
            "gender", .singleChoice, ask: "Gender " + h, options: B.labels("Male " + h, "Female"),
            other: "Other " + h, required: true),
          B.item("age", .integer, ask: "Age " + h, min: 18, max: 99),
        ]),
      steps: [
        B.checklist("consent", title: "Consent " + h, items: [("Form " + h, true)], note: "N " + h),
        B.marker("rec", "Start " + h, startsRecording: true),
        B.section(
          "s", title: "Section " + h,
          [
            B.question(
              "q1", label: "Label " + h, ask: "Ask " + h, prompts: ["Prompt " + h],
              rephrase: ["Rephrase " + h], roundUp: "Round " + h, budget: "4m", note: "Note " + h)
          ]),
        B.end("end", "End " + h),
      ],
      location: B.here)
  }()

  /// `text` with the program's own styling removed: what is left must act on nothing.
  static func withoutOwnStyling(_ text: String) -> String {
    var text = text
    for code in ["1", "2", "31", "32", "33", "0"] {
      text = text.replacingOccurrences(of: "\u{1B}[\(code)m", with: "")
    }
    return text
  }

  static func actsOnTerminal(_ text: String) -> Bool {
    text.unicodeScalars.contains { scalar in
      (scalar.value < 0x20 && scalar != "\n") || (0x7F...0x9F).contains(scalar.value)
        || (0x202A...0x202E).contains(scalar.value)
    }
  }

  /// Every screen of a session of the hostile protocol, with hostile answers, notes, cues.
  func screens(color: Bool) -> [String] {
    var script = SessionScript(Self.hostileProtocol, participant: "P" + Self.hostile)
    var screens: [String] = []
    func capture(_ state: SessionState) {
      for role in [Role.lead, .support] {
        screens.append(
          ScreenRenderer.render(
            state, protocol: Self.hostileProtocol, clock: script.clock, width: 60, color: color,
            role: role))
      }
      let recent =
        script.entries + [
          JournalEntry(
            seq: 1, writer: "support" + Self.hostile, at: Date(timeIntervalSince1970: 0),
            clock: script.clock,
            event: .cue(from: .support, kind: .message, text: "cue " + Self.hostile)),
          JournalEntry(
            seq: 2, writer: "support" + Self.hostile, at: Date(timeIntervalSince1970: 0),
            clock: script.clock, event: .flagged(step: "q1" + Self.hostile, text: Self.hostile)),
        ]
      screens.append(
        SupportScreen.render(
          state, entries: recent, protocol: Self.hostileProtocol, clock: script.clock,
          width: 60, color: color, role: .support))
    }
    capture(script.state)
    script.type(["Own words " + Self.hostile, "/b"])
    capture(script.state)
    script.type(["", "", "1", ""])
    capture(script.state)
    script.type(["", "/p 1", "/r", "/u", "note " + Self.hostile])
    let cue = JournalEntry(
      seq: 99, writer: "support", at: Date(timeIntervalSince1970: 0), clock: script.clock,
      event: .cue(from: .support, kind: .suggestPrompt, text: "cue " + Self.hostile))
    capture(SessionEngine.apply(cue, to: script.state))
    script.type(["", "/end", "y"])
    capture(script.state)
    return screens
  }

  @Test func withoutColourNoEscapeCodeAtAllReachesTheTerminal() {
    let all = screens(color: false)
    #expect(all.count == 15)
    for screen in all {
      #expect(!screen.unicodeScalars.contains("\u{1B}"))
      #expect(!Self.actsOnTerminal(screen), "\(screen)")
    }
    #expect(all[0].hasPrefix("P" + Self.shown + "\n"))
    // Wrapped at 60 columns: read across the line breaks.
    let flowing = all.joined().split(whereSeparator: { $0 == " " || $0 == "\n" })
      .joined(separator: " ")
    #expect(flowing.contains("Answer: Own words " + Self.shown))
    #expect(flowing.contains("lead: note ␛[2J␛]52;c;cGFzc3dvcmQ=␇"))
    #expect(flowing.contains("Ask " + Self.shown))
    #expect(flowing.contains("▶ CUE from support: ask cue " + Self.shown))
  }

  @Test func withColourTheOnlyEscapeCodesAreTheProgramsOwnStyling() {
    let all = screens(color: true)
    #expect(all.contains { $0.contains("\u{1B}[1m") }, "styling is on")
    for screen in all {
      #expect(!Self.actsOnTerminal(Self.withoutOwnStyling(screen)))
    }
  }

  @Test func liveNewsShowsTheNoteOnOneLineInertAndShortWhenHuge() {
    let state = SessionState(protocol: Self.hostileProtocol)
    func news(_ event: SessionEvent, writer: String = "support") -> String? {
      LiveNews.line(
        for: JournalEntry(
          seq: 1, writer: writer, at: Date(timeIntervalSince1970: 0), clock: 0, event: event),
        state: state)
    }
    #expect(
      news(.noted(step: "q1", role: .support, text: "a\nb " + Self.hostile))
        == "[0:00] support note on q1: a b " + Self.shown)
    #expect(
      news(.flagged(step: "q1\u{1B}[2J", text: nil), writer: "SA\u{1B}]0;x\u{07}")
        == "[0:00] SA␛]0;x␇ flagged on q1␛[2J")
    let paste = String(repeating: "x", count: 100_000)
    #expect(
      news(.noted(step: nil, role: .support, text: paste))
        == "[0:00] support note: " + String(repeating: "x", count: 500)
        + "… (+99,500 characters)")
    #expect(
      news(.cue(from: .support, kind: .message, text: Self.hostile))
        == "▶ CUE from support [0:00]: " + Self.shown)
  }

  @Test func feedbackThatEchoesWhatWasTypedIsInert() {
    var script = SessionScript(Self.hostileProtocol)
    script.type("1")
    script.type("not a number \u{1B}[2J")
    #expect(script.feedback.first?.hasPrefix("'not a number ␛[2J' is not") == true)
    script.type("/x\u{1B}]52;c;SGk=\u{07}")
    #expect(script.feedback == ["unknown command '/x␛]52;c;sgk=␇': /h lists commands"])
    script.type(["", "1", ""])
    script.type("/goto \u{1B}[2J" + String(repeating: "q", count: 10_000))
    let refusal = script.feedback.joined()
    #expect(refusal.hasPrefix("there is no step '␛[2J" + String(repeating: "q", count: 295)))
    #expect(refusal.contains("… (+9,"))
    #expect(!Self.actsOnTerminal(refusal))
  }

  @Test func theJournalKeepsTheNoteExactlyAsTyped() {
    var script = SessionScript(Self.hostileProtocol)
    script.type(["1", "", "", "", "", "note " + Self.hostile])
    let data = script.entries.map(JournalCodec.encodeLine).reduce(Data(), +)
    let notes = JournalCodec.decode(data).entries.compactMap { entry -> String? in
      if case .noted(_, _, let text) = entry.event { return text }
      return nil
    }
    #expect(notes == ["note " + Self.hostile])
  }
}

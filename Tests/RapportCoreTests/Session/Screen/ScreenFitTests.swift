import Foundation
import RapportCore
import RapportTestSupport
import Testing

@Suite("The screen on a small window")
struct ScreenFitTests {
  /// On q2 of the mini interview with prompt 2 asked, three notes and a flag.
  func onQ2WithNotes() -> SessionScript {
    var s = SessionScript(SessionFixtures.miniInterview)
    s.type(["2", "3", "1 2", "", "", ""])
    s.type(["/p 2", "first note", "second note", "third note", "/f"])
    return s
  }

  /// The words as a person reads them across wrapped lines.
  func flowing(_ text: String) -> String {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
  }

  func render(_ s: SessionScript, width: Int = 60, height: Int?) -> String {
    ScreenRenderer.render(
      s.state, protocol: s.interviewProtocol, clock: s.liveClock, width: width, color: false,
      height: height)
  }

  @Test("three notes say that two of them are listed")
  func notesSayHowManyAreHidden() {
    let screen = render(onQ2WithNotes(), height: nil)
    #expect(screen.contains("3 notes here · 1 flag · the last 2:\n  lead: second note\n"))
  }

  @Test("when only the notes must go, the count stays and says nothing of a list")
  func countWithoutTheNotes() {
    let s = onQ2WithNotes()
    let full = render(s, height: nil).split(separator: "\n", omittingEmptySubsequences: false)
    // Two rows short of the whole screen (the two notes listed), with the three kept free.
    let screen = render(s, height: full.count - 1 - 2 + 3)
    #expect(screen.contains("3 notes here · 1 flag\n"))
    #expect(!screen.contains("second note"))
  }

  @Test("a tall window shows everything, as without a height")
  func tallWindowIsUncut() {
    let s = onQ2WithNotes()
    #expect(render(s, height: 60) == render(s, height: nil))
  }

  @Test("60×20: notes go first; the status line and the question stay")
  func sixtyByTwenty() {
    let screen = render(onQ2WithNotes(), height: 20)
    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(lines.count <= 17)
    #expect(lines.first?.hasPrefix("P001 · step 4 of 6") == true)
    #expect(
      flowing(screen).contains("How are your working relationships on clinical placements?"))
    #expect(!screen.contains("second note"))
    // The count stays only as long as it is true: no "the last 2:" over notes not shown.
    #expect(!screen.contains("the last 2:"))
    #expect(screen.contains("✓ 2 And with patients?"))
  }

  @Test("smaller: the keys and blank lines go before the prompts")
  func keysBeforePrompts() {
    let screen = render(onQ2WithNotes(), height: 15)
    #expect(!screen.contains("Enter next"))
    #expect(!screen.contains("\n\n"))
    #expect(screen.contains("✓ 2 And with patients?"))
  }

  @Test("smaller still: prompts fold to one line; never the question", arguments: [13, 6])
  func smallerStill(height: Int) {
    let screen = render(onQ2WithNotes(), height: height)
    #expect(
      flowing(screen).contains("How are your working relationships on clinical placements?"))
    #expect(screen.hasPrefix("P001 · step 4 of 6"))
    #expect(!screen.contains("notes here"))
    #expect(!screen.contains("With doctors?"))
    if height >= 13 {
      #expect(screen.contains("Prompts: 2 (✓ 2) — enlarge the window to list them"))
    }
  }
}

@Suite("Help at any width")
struct HelpLayoutTests {
  @Test("a two-column help line wraps under its second column")
  func hangsUnderTheSecondColumn() {
    let lines = TextWrap.message(
      "/b, /back             previous step (change an answer there)", width: 40)
    #expect(
      lines == [
        "/b, /back             previous step",
        "                      (change an answer",
        "                      there)",
      ])
  }

  @Test("every /h line fits 40 columns and keeps the command in front", arguments: [40, 60, 100])
  func everyHelpLineFits(width: Int) {
    for line in ScreenRenderer.helpLines() {
      let wrapped = TextWrap.message(line, width: width)
      #expect(wrapped.allSatisfy { $0.count <= width }, "\(line)")
      #expect(wrapped.first?.hasPrefix(String(line.prefix(4))) == true)
    }
  }
}

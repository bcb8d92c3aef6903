import RapportTerminal
import Testing

@Suite("Pinned status screen")
struct PinnedStatusScreenTests {
  let esc = "\u{1B}["

  @Test("a draw clears, pins the status lines above the scrolling region, then draws")
  func drawPinsTheStatus() {
    var screen = PinnedStatusScreen()
    let text = screen.draw("status\nbody\n", status: ["status"], height: 20)
    #expect(
      text == esc + "r" + esc + "H" + esc + "2J" + esc + "2;20r" + esc + "H" + "status\nbody\n")
    #expect(screen.isActive)
  }

  @Test("the clock is rewritten in place between a cursor save and restore")
  func updateRewritesInPlace() {
    var screen = PinnedStatusScreen()
    _ = screen.draw("a 0:01\nb\n", status: ["a 0:01"], height: 20)
    #expect(screen.update(status: ["a 0:01"]) == nil)
    #expect(
      screen.update(status: ["a 0:02"]) == "\u{1B}7" + esc + "1;1H" + esc + "2K" + "a 0:02\u{1B}8")
    // A status that now needs two lines cannot tick in place: the caller redraws.
    #expect(screen.update(status: ["a 0:03", "PAUSED"]) == nil)
    #expect(!screen.fits(["a 0:03", "PAUSED"]))
  }

  @Test("a terminal too short for a region just scrolls, and nothing ticks in place")
  func tooShort() {
    var screen = PinnedStatusScreen()
    let text = screen.draw("s\n", status: ["s1", "s2"], height: 5)
    #expect(text == esc + "r" + esc + "H" + esc + "2J" + "s\n")
    #expect(screen.update(status: ["s1", "s3"]) == nil)
    #expect(screen.release() == "")
  }

  @Test("release gives the window back to scrolling and keeps the cursor")
  func release() {
    var screen = PinnedStatusScreen()
    _ = screen.draw("s\n", status: ["s"], height: 20)
    #expect(screen.release() == "\u{1B}7" + esc + "r" + "\u{1B}8")
    #expect(!screen.isActive)
  }
}

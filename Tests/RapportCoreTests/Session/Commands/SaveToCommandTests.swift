import RapportCore
import RapportTestSupport
import Testing

@Suite("The /saveto command")
struct SaveToCommandTests {
  let interview = SessionFixtures.miniInterview

  func parse(_ line: String) -> SessionCommand {
    CommandParser.parse(line, state: SessionScript(interview).state, protocol: interview)
  }

  @Test func takesAFolderAsTyped() {
    #expect(parse("/saveto /media/usb/Responses") == .saveTo("/media/usb/Responses"))
    #expect(parse("/SAVETO  /tmp/my folder ") == .saveTo("/tmp/my folder"))
  }

  @Test func withoutAFolderItSaysWhatItNeedsAndIsNeverANote() {
    #expect(
      parse("/saveto") == .invalid("'/saveto' needs a folder, e.g. /saveto /media/usb/Responses"))
  }

  @Test func itIsInTheHelpAndTabCompletes() {
    #expect(ScreenRenderer.helpLines().contains { $0.hasPrefix("/saveto PATH") })
    let state = SessionScript(interview).state
    #expect(
      CommandParser.completions(for: "/sav", state: state, protocol: interview) == ["/saveto"])
  }

  @Test func theEngineLeavesItToTheTerminal() {
    let decision = SessionEngine.decide(
      .saveTo("/tmp"), state: SessionScript(interview).state, protocol: interview, clock: 0)
    #expect(decision.events.isEmpty)
  }
}

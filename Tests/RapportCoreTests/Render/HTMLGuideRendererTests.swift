import Testing

@testable import RapportCore

@Suite struct HTMLGuideRendererTests {
  static let html = GuideFormat.html.render(GuideFixtures.pilot)

  @Test func isOneSelfContainedPage() {
    let html = Self.html
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"))
    #expect(html.hasSuffix("</body>\n</html>\n"))
    for external in ["<link", "<script", "src=", "href=", "url(", "@import", "http"] {
      #expect(!html.contains(external), "found \(external)")
    }
    #expect(html.contains("<style>") && html.contains("@media print"))
  }

  @Test func avoidsPageBreaksInsideAStep() {
    #expect(Self.html.contains(".step { border: 1px solid #bbb;"))
    #expect(Self.html.contains("break-inside: avoid; page-break-inside: avoid;"))
    #expect(Self.html.components(separatedBy: "<article class=\"step\"").count - 1 == 7)
  }

  @Test func setsReadAloudTextApartFromNotes() {
    let html = Self.html
    #expect(
      html.contains(
        "<div class=\"read-aloud\"><span class=\"cue\">Read aloud</span>How’s the “café” going?</div>"
      ))
    #expect(
      html.contains(
        "<div class=\"read-aloud\"><span class=\"cue\">If not understood</span>"
          + "How do you find working at the café?</div>"))
    #expect(
      html.contains(
        "<p class=\"note\"><strong>Note (not read aloud):</strong> Listen more than you talk.</p>"))
    #expect(html.contains("<li><span class=\"box\">☐</span>And the\u{00A0}customers?</li>"))
    #expect(html.contains("<p class=\"meta\"><code>q2</code> · 4 min 30 s · by 0:10:30</p>"))
    #expect(html.contains("<p class=\"condition\">Only if: <code>rating &lt;= 2</code></p>"))
  }

  @Test func escapesEveryPieceOfProtocolText() {
    var proto = GuideFixtures.pilot
    let hostile = "</title><script>alert('x')</script> & \"quotes\""
    proto.title = GuideFixtures.text(hostile)
    proto.roles.lead = GuideFixtures.text(hostile)
    proto.steps.append(
      GuideFixtures.step(
        "evil",
        .question(
          OpenQuestion(
            label: GuideFixtures.text(hostile), ask: GuideFixtures.text(hostile),
            prompts: [GuideFixtures.text(hostile)], note: GuideFixtures.text(hostile)))))
    let html = GuideFormat.html.render(proto)
    #expect(!html.contains("<script"))
    #expect(!html.contains("</title><"))
    let escaped =
      "&lt;/title&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;"
    // <title>, <h1>, role, label, question, prompt, note.
    #expect(html.components(separatedBy: escaped).count - 1 == 7)
  }

  @Test func lineBreaksInTextBecomeBreaks() {
    #expect(HTMLGuideRenderer.esc("one\ntwo <b>") == "one<br>two &lt;b&gt;")
  }
}

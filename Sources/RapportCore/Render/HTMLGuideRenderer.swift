/// The interview guide as one self-contained HTML page: inline style, no external
/// resources, every piece of protocol text escaped, fit to print.
public enum HTMLGuideRenderer {
  public static func render(_ plan: GuidePlan) -> String {
    var out: [String] = [
      "<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
      "<title>\(esc(plan.title))</title>", "<style>", HTMLGuideStyle.css, "</style>", "</head>",
      "<body>", "<header>", "<h1>\(esc(plan.title))</h1>",
    ]
    var meta = ["Protocol <code>\(esc(plan.id))</code>"]
    if let version = plan.version { meta.append("Version \(esc(version))") }
    if let duration = plan.duration {
      meta.append("Planned duration \(GuideWording.duration(duration))")
    }
    out.append("<p class=\"meta\">" + meta.joined(separator: " · ") + "</p>")
    if let description = plan.description { out.append("<p>\(esc(description))</p>") }
    out.append("</header>")
    if !plan.roles.isEmpty {
      out += ["<section class=\"roles\">", "<h2>Roles</h2>"]
      for role in plan.roles {
        out.append("<p><strong>\(role.name):</strong> \(esc(role.instructions))</p>")
      }
      out.append("</section>")
    }
    if let participant = plan.participant { out += participantHTML(participant) }
    out += ["<section class=\"steps\">", "<h2>Steps</h2>"]
    for block in plan.blocks {
      switch block {
      case .section(let section):
        let level = min(2 + section.depth, 6)
        out.append("<h\(level) class=\"section-title\">\(esc(section.title))</h\(level)>")
        if let condition = section.condition { out.append(onlyIf(condition)) }
      case .step(let step):
        out += stepHTML(step)
      }
    }
    out.append("</section>")
    out += timePlanHTML(plan)
    out += ["</body>", "</html>"]
    return out.joined(separator: "\n") + "\n"
  }

  private static func participantHTML(_ participant: GuidePlan.Participant) -> [String] {
    var out = ["<section class=\"participant\">", "<h2>Participant</h2>"]
    var details: [String] = []
    if let pattern = participant.idPattern {
      details.append("pattern <code>\(esc(pattern))</code>")
    }
    if let example = participant.example { details.append("for example \(esc(example))") }
    let suffix = details.isEmpty ? "" : " (" + details.joined(separator: ", ") + ")"
    out.append("<p><strong>Participant ID:</strong> <span class=\"blank\"></span>\(suffix)</p>")
    for item in participant.attributes {
      out.append("<div class=\"attribute\">")
      let required = item.required ? " · <span class=\"required\">required</span>" : ""
      out.append("<p><strong>\(esc(item.ask))</strong> · \(esc(item.answer))\(required)</p>")
      out += answerHTML(item)
      out.append("</div>")
    }
    out.append("</section>")
    return out
  }

  private static func stepHTML(_ step: GuidePlan.StepEntry) -> [String] {
    let level = min(3 + step.depth, 6)
    var out = [
      "<article class=\"step\" id=\"step-\(esc(step.id))\">",
      "<h\(level)>\(step.number). \(esc(step.title))</h\(level)>",
    ]
    var meta = ["<code>\(esc(step.id))</code>"]
    switch step.content {
    case .checklist: meta.append("checklist")
    case .marker(let marker) where marker.startsRecording: meta.append("starts the recording")
    case .item(let item):
      meta.append(esc(item.answer))
      if item.required { meta.append("<span class=\"required\">required</span>") }
    case .end: meta.append("the session ends here")
    default: break
    }
    if let timing = step.timing { meta.append(GuideWording.timing(timing)) }
    out.append("<p class=\"meta\">" + meta.joined(separator: " · ") + "</p>")
    if let condition = step.condition { out.append(onlyIf(condition)) }
    switch step.content {
    case .question(let question):
      out.append(readAloud("Read aloud", question.readAloud))
      if !question.prompts.isEmpty {
        out += ["<p><strong>Prompts:</strong></p>", "<ol class=\"prompts\">"]
        out += question.prompts.map { "<li><span class=\"box\">☐</span>\(esc($0))</li>" }
        out.append("</ol>")
      }
      out += question.rephrasings.map { readAloud("If not understood", $0) }
      if let roundUp = question.roundUp { out.append(readAloud("To round up", roundUp)) }
      out += note(question.note)
    case .checklist(let checklist):
      out += note(checklist.note)
      out.append("<ul class=\"ticks\">")
      for item in checklist.items {
        let required = item.required ? " <span class=\"required\">(required)</span>" : ""
        out.append("<li><span class=\"box\">☐</span>\(esc(item.text))\(required)</li>")
      }
      out.append("</ul>")
    case .marker(let marker):
      out.append("<p><strong>▶ \(esc(marker.text))</strong></p>")
      out += note(marker.note)
    case .item(let item):
      out.append(readAloud("Read aloud", item.ask))
      out += answerHTML(item)
      if let check = item.check {
        let message = check.message.map { " (if not: \(esc($0)))" } ?? ""
        out.append("<p><strong>Check:</strong> <code>\(esc(check.expression))</code>\(message)</p>")
      }
      out += note(item.note)
    case .end(let text):
      out.append(readAloud("Read aloud", text))
    }
    out.append("</article>")
    return out
  }

  private static func answerHTML(_ item: GuidePlan.Item) -> [String] {
    var rows = item.options.map { option in
      let value = option.value.map { " <span class=\"value\">(\(esc($0)))</span>" } ?? ""
      return "<li><span class=\"box\">☐</span>\(esc(option.label))\(value)</li>"
    }
    if let other = item.other {
      rows.append(
        "<li><span class=\"box\">☐</span>\(esc(other)): <span class=\"blank\"></span></li>")
    }
    guard !rows.isEmpty else { return ["<p>Answer: <span class=\"blank\"></span></p>"] }
    return ["<ul class=\"ticks\">"] + rows + ["</ul>"]
  }

  private static func timePlanHTML(_ plan: GuidePlan) -> [String] {
    guard !plan.timePlan.isEmpty else { return [] }
    var out = [
      "<section class=\"time-plan\">", "<h2>Time plan</h2>", "<table>",
      "<tr><th>#</th><th>Step</th><th>Time</th><th>By</th></tr>",
    ]
    for slot in plan.timePlan {
      out.append(
        "<tr><td class=\"num\">\(slot.number)</td><td>\(esc(slot.title)) "
          + "(<code>\(esc(slot.id))</code>)</td>"
          + "<td class=\"num\">\(GuideWording.duration(slot.timing.budget))</td>"
          + "<td class=\"num\">\(GuideWording.clock(slot.timing.endsBy))</td></tr>")
    }
    out.append("</table>")
    if let totals = GuideWording.totals(plan) { out.append("<p>\(esc(totals))</p>") }
    out.append("</section>")
    return out
  }

  private static func readAloud(_ cue: String, _ text: String) -> String {
    "<div class=\"read-aloud\"><span class=\"cue\">\(cue)</span>\(esc(text))</div>"
  }

  private static func note(_ text: String?) -> [String] {
    guard let text else { return [] }
    return ["<p class=\"note\"><strong>Note (not read aloud):</strong> \(esc(text))</p>"]
  }

  private static func onlyIf(_ condition: String) -> String {
    "<p class=\"condition\">Only if: <code>\(esc(condition))</code></p>"
  }

  /// Escapes text for HTML with the XML escaper (markup characters, controls in their
  /// visible forms); a line break in the text becomes `<br>`, and `'` the `&#39;` every HTML
  /// reader knows.
  static func esc(_ text: String) -> String {
    XMLText.escape(text).replacingOccurrences(of: "&apos;", with: "&#39;")
      .replacingOccurrences(of: "\n", with: "<br>")
  }
}

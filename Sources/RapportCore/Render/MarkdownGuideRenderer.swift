/// The interview guide as Markdown: read-aloud text in blockquotes, tick boxes as `☐`.
public enum MarkdownGuideRenderer {
  public static func render(_ plan: GuidePlan) -> String {
    var out = MarkdownWriter()
    out.paragraph("# " + MarkdownText.escape(plan.title))
    var meta = ["**Protocol:** " + MarkdownText.code(plan.id)]
    if let version = plan.version {
      meta.append("**Version:** " + MarkdownText.escape(version, lineStart: false))
    }
    if let duration = plan.duration {
      meta.append("**Planned duration:** " + GuideWording.duration(duration))
    }
    out.paragraph(meta.joined(separator: " · "))
    if let description = plan.description { out.paragraph(MarkdownText.escape(description)) }
    if !plan.roles.isEmpty {
      out.paragraph("## Roles")
      for role in plan.roles {
        out.paragraph("**\(role.name):** " + MarkdownText.escape(role.instructions))
      }
    }
    if let participant = plan.participant { renderParticipant(participant, into: &out) }
    out.paragraph("## Steps")
    for block in plan.blocks {
      switch block {
      case .section(let section):
        out.paragraph(heading(2 + section.depth) + MarkdownText.escape(section.title))
        if let condition = section.condition { out.paragraph(onlyIf(condition)) }
      case .step(let step):
        renderStep(step, into: &out)
      }
    }
    renderTimePlan(plan, into: &out)
    return out.text
  }

  private static func renderParticipant(
    _ participant: GuidePlan.Participant, into out: inout MarkdownWriter
  ) {
    out.paragraph("## Participant")
    var idLine = "**Participant ID:** ________"
    var details: [String] = []
    if let pattern = participant.idPattern {
      details.append("pattern " + MarkdownText.code(pattern))
    }
    if let example = participant.example {
      details.append("for example " + MarkdownText.escape(example))
    }
    if !details.isEmpty { idLine += " (" + details.joined(separator: ", ") + ")" }
    out.paragraph(idLine)
    for item in participant.attributes {
      var line = "**\(MarkdownText.escape(item.ask))** · \(item.answer)"
      if item.required { line += " · required" }
      out.paragraph(line)
      renderAnswer(item, into: &out)
    }
  }

  private static func renderStep(_ step: GuidePlan.StepEntry, into out: inout MarkdownWriter) {
    out.paragraph(heading(3 + step.depth) + "\(step.number). " + MarkdownText.escape(step.title))
    var meta = [MarkdownText.code(step.id)]
    switch step.content {
    case .checklist: meta.append("checklist")
    case .marker(let marker) where marker.startsRecording: meta.append("starts the recording")
    case .item(let item):
      meta.append(item.answer)
      if item.required { meta.append("required") }
    case .end: meta.append("the session ends here")
    default: break
    }
    if let timing = step.timing { meta.append(GuideWording.timing(timing)) }
    out.paragraph(meta.joined(separator: " · "))
    if let condition = step.condition { out.paragraph(onlyIf(condition)) }
    switch step.content {
    case .question(let question): renderQuestion(question, into: &out)
    case .checklist(let checklist):
      note(checklist.note, into: &out)
      out.paragraph(
        checklist.items.map {
          "- ☐ " + MarkdownText.escape($0.text, continuation: "  ")
            + ($0.required ? " **(required)**" : "")
        })
    case .marker(let marker):
      out.paragraph("▶ " + MarkdownText.escape(marker.text))
      note(marker.note, into: &out)
    case .item(let item):
      readAloud("Read aloud", item.ask, into: &out)
      renderAnswer(item, into: &out)
      if let check = item.check {
        var line = "**Check:** " + MarkdownText.code(check.expression)
        if let message = check.message { line += " (if not: \(MarkdownText.escape(message)))" }
        out.paragraph(line)
      }
      note(item.note, into: &out)
    case .end(let text):
      readAloud("Read aloud", text, into: &out)
    }
  }

  private static func renderQuestion(_ question: GuidePlan.Question, into out: inout MarkdownWriter)
  {
    readAloud("Read aloud", question.readAloud, into: &out)
    if !question.prompts.isEmpty {
      out.paragraph("**Prompts:**")
      out.paragraph(
        question.prompts.enumerated().map { index, prompt in
          "\(index + 1). ☐ " + MarkdownText.escape(prompt, continuation: "   ")
        })
    }
    for rephrasing in question.rephrasings {
      readAloud("If not understood", rephrasing, into: &out)
    }
    if let roundUp = question.roundUp { readAloud("To round up", roundUp, into: &out) }
    note(question.note, into: &out)
  }

  private static func renderAnswer(_ item: GuidePlan.Item, into out: inout MarkdownWriter) {
    var lines = item.options.map { option in
      "- ☐ " + MarkdownText.escape(option.label, continuation: "  ")
        + (option.value.map { " (\(MarkdownText.code($0)))" } ?? "")
    }
    if let other = item.other { lines.append("- ☐ " + MarkdownText.escape(other) + ": ________") }
    out.paragraph(lines.isEmpty ? ["Answer: ________"] : lines)
  }

  private static func renderTimePlan(_ plan: GuidePlan, into out: inout MarkdownWriter) {
    guard !plan.timePlan.isEmpty else { return }
    out.paragraph("## Time plan")
    var rows = ["| # | Step | Time | By |", "|--:|:-----|-----:|---:|"]
    for slot in plan.timePlan {
      let title = MarkdownText.escape(slot.title)
      rows.append(
        "| \(slot.number) | \(title) (\(MarkdownText.code(slot.id))) | "
          + "\(GuideWording.duration(slot.timing.budget)) | \(GuideWording.clock(slot.timing.endsBy)) |"
      )
    }
    out.paragraph(rows)
    if let totals = GuideWording.totals(plan) { out.paragraph(totals) }
  }

  private static func readAloud(_ cue: String, _ text: String, into out: inout MarkdownWriter) {
    out.paragraph("> **\(cue):** " + MarkdownText.escape(text, continuation: "> "))
  }

  private static func note(_ text: String?, into out: inout MarkdownWriter) {
    guard let text else { return }
    out.paragraph("**Note (not read aloud):** " + MarkdownText.escape(text))
  }

  private static func onlyIf(_ condition: String) -> String {
    "**Only if:** " + MarkdownText.code(condition)
  }

  private static func heading(_ level: Int) -> String {
    String(repeating: "#", count: min(level, 6)) + " "
  }
}

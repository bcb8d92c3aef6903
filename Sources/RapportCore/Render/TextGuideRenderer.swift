/// The interview guide as plain text for a printer or a terminal: wrapped to 78 columns,
/// read-aloud text in an indented block behind a bar, tick boxes as `☐`.
public enum TextGuideRenderer {
  public static let width = 78

  public static func render(_ plan: GuidePlan) -> String {
    var out = TextWriter()
    out.block([plan.title, String(repeating: "═", count: min(plan.title.count, width))])
    var meta = ["Protocol: \(plan.id)"]
    if let version = plan.version { meta.append("Version: \(version)") }
    if let duration = plan.duration {
      meta.append("Planned duration: " + GuideWording.duration(duration))
    }
    out.wrapped(meta.joined(separator: " · "))
    if let description = plan.description { out.wrapped(description) }
    if !plan.roles.isEmpty {
      out.block(["ROLES"])
      for role in plan.roles {
        out.wrapped("\(role.name): \(role.instructions)", indent: 0, hang: 2)
      }
    }
    if let participant = plan.participant { renderParticipant(participant, into: &out) }
    out.block(["STEPS"])
    for block in plan.blocks {
      switch block {
      case .section(let section):
        let indent = String(repeating: " ", count: 2 * (section.depth - 1))
        let title = "SECTION: \(section.title)"
        var lines = [indent + title, indent + String(repeating: "─", count: min(title.count, 60))]
        if let condition = section.condition { lines.append(indent + "Only if: \(condition)") }
        out.block(lines)
      case .step(let step):
        renderStep(step, into: &out)
      }
    }
    renderTimePlan(plan, into: &out)
    return out.text
  }

  private static func renderParticipant(
    _ participant: GuidePlan.Participant, into out: inout TextWriter
  ) {
    out.block(["PARTICIPANT"])
    var details: [String] = []
    if let pattern = participant.idPattern { details.append("pattern \(pattern)") }
    if let example = participant.example { details.append("for example \(example)") }
    let suffix = details.isEmpty ? "" : " (" + details.joined(separator: ", ") + ")"
    out.wrapped("Participant ID: ________" + suffix)
    for item in participant.attributes {
      var lines = TextWrapper.wrap(
        [item.ask, item.answer].joined(separator: " · ") + (item.required ? " · required" : ""),
        width: width, firstPrefix: "", prefix: "  ")
      lines += answerLines(item, indent: "  ")
      out.block(lines)
    }
  }

  private static func renderStep(_ step: GuidePlan.StepEntry, into out: inout TextWriter) {
    let outer = String(repeating: " ", count: 2 * step.depth)
    let inner = outer + "   "
    var lines = wrap("\(step.number). \(step.title)", outer, hang: inner)
    var meta = [step.id]
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
    lines += wrap(meta.joined(separator: " · "), inner)
    if let condition = step.condition { lines += wrap("Only if: \(condition)", inner) }
    switch step.content {
    case .question(let question):
      lines += readAloud("READ ALOUD:", question.readAloud, inner)
      if !question.prompts.isEmpty {
        lines.append(inner + "Prompts:")
        for (index, prompt) in question.prompts.enumerated() {
          lines += wrap("\(index + 1). ☐ \(prompt)", inner, hang: inner + "     ")
        }
      }
      for rephrasing in question.rephrasings {
        lines += readAloud("IF NOT UNDERSTOOD, READ ALOUD:", rephrasing, inner)
      }
      if let roundUp = question.roundUp { lines += readAloud("TO ROUND UP:", roundUp, inner) }
      lines += note(question.note, inner)
    case .checklist(let checklist):
      lines += note(checklist.note, inner)
      for item in checklist.items {
        lines += wrap(
          "☐ \(item.text)" + (item.required ? " (required)" : ""), inner, hang: inner + "  ")
      }
    case .marker(let marker):
      lines += wrap("▶ \(marker.text)", inner, hang: inner + "  ")
      lines += note(marker.note, inner)
    case .item(let item):
      lines += readAloud("READ ALOUD:", item.ask, inner)
      lines += answerLines(item, indent: inner)
      if let check = item.check {
        let message = check.message.map { " (if not: \($0))" } ?? ""
        lines += wrap("Check: \(check.expression)" + message, inner, hang: inner + "  ")
      }
      lines += note(item.note, inner)
    case .end(let text):
      lines += readAloud("READ ALOUD:", text, inner)
    }
    out.block(lines)
  }

  private static func answerLines(_ item: GuidePlan.Item, indent: String) -> [String] {
    var lines: [String] = []
    for option in item.options {
      let value = option.value.map { " [\($0)]" } ?? ""
      lines += wrap("☐ \(option.label)\(value)", indent, hang: indent + "  ")
    }
    if let other = item.other { lines += wrap("☐ \(other): ________", indent, hang: indent + "  ") }
    return lines.isEmpty ? [indent + "Answer: ________"] : lines
  }

  private static func renderTimePlan(_ plan: GuidePlan, into out: inout TextWriter) {
    guard !plan.timePlan.isEmpty else { return }
    let rows = plan.timePlan.map { slot in
      [
        "\(slot.number)", GuideWording.duration(slot.timing.budget),
        GuideWording.clock(slot.timing.endsBy), "\(slot.title) (\(slot.id))",
      ]
    }
    let table = [["#", "Time", "By", "Step"]] + rows
    let widths = (0..<3).map { column in table.map { $0[column].count }.max() ?? 0 }
    var lines = ["TIME PLAN"]
    for row in table {
      let number = String(repeating: " ", count: widths[0] - row[0].count) + row[0]
      lines.append(
        "  \(number)  \(row[1].padding(to: widths[1]))  \(row[2].padding(to: widths[2]))  \(row[3])"
      )
    }
    out.block(lines)
    if let totals = GuideWording.totals(plan) { out.wrapped(totals) }
  }

  private static func readAloud(_ cue: String, _ text: String, _ indent: String) -> [String] {
    [indent + cue] + wrap(text, indent + "│ ")
  }

  private static func note(_ text: String?, _ indent: String) -> [String] {
    guard let text else { return [] }
    return wrap("Note (not read aloud): \(text)", indent, hang: indent + "  ")
  }

  private static func wrap(_ text: String, _ indent: String, hang: String? = nil) -> [String] {
    TextWrapper.wrap(text, width: width, firstPrefix: indent, prefix: hang ?? indent)
  }
}

extension String {
  /// The string followed by spaces up to `length` characters.
  fileprivate func padding(to length: Int) -> String {
    self + String(repeating: " ", count: max(0, length - count))
  }
}

/// Collects blocks of lines separated by one blank line.
struct TextWriter {
  private var lines: [String] = []

  mutating func block(_ block: [String]) {
    guard !block.isEmpty else { return }
    if !lines.isEmpty { lines.append("") }
    lines.append(contentsOf: block)
  }

  mutating func wrapped(_ text: String, indent: Int = 0, hang: Int = 0) {
    let first = String(repeating: " ", count: indent)
    block(
      TextWrapper.wrap(
        text, width: TextGuideRenderer.width, firstPrefix: first,
        prefix: first + String(repeating: " ", count: hang)))
  }

  var text: String { lines.joined(separator: "\n") + "\n" }
}

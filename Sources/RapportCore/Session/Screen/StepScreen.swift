/// The body of the screen for one step: heading, read-aloud text, interviewer-only notes.
///
/// All of it is protocol or journal text, untrusted: every line is wrapped through
/// `shown(_:width:first:rest:)`, which makes control characters visible first.
struct StepScreen {
  let state: SessionState
  let width: Int
  let style: ScreenStyle
  /// Each line with the part of the screen it belongs to, for cutting on a small window.
  private(set) var parts: [(line: String, part: ScreenPart)] = []
  /// The part `add` and `blank` tag lines with.
  private var part = ScreenPart.step

  /// The body's lines, top to bottom.
  var lines: [String] { parts.map(\.line) }

  init(state: SessionState, width: Int, style: ScreenStyle) {
    self.state = state
    self.width = width
    self.style = style
  }

  mutating func position(_ position: SessionPosition, navigator: SessionNavigator) {
    switch position {
    case .attribute(let index, let item):
      let count = navigator.interviewProtocol.participant.attributes.count
      heading(
        "Participant details \(index + 1) of \(count) · \(item.id.value)"
          + (item.required ? " · required" : ""))
      surveyItem(item)
    case .step(_, let flat):
      let sections = flat.enclosingSections.compactMap { section -> String? in
        if case .section(let body) = section.kind { return body.title.value }
        return nil
      }
      if !sections.isEmpty {
        add(shown(sections.joined(separator: " › "), width: width).map(style.dim))
      }
      step(flat.step)
    }
    notesHere(position.id)
  }

  private mutating func step(_ step: Step) {
    let id = step.id.value
    switch step.kind {
    case .question(let question):
      heading(question.label.map { "\(id) · \($0.value)" } ?? id)
      openQuestion(question, id: id)
    case .checklist(let checklist):
      heading("\(id) · \(checklist.title.value)")
      blank()
      let ticked = state.ticks[id] ?? []
      for (offset, item) in checklist.items.enumerated() {
        let box = ticked.contains(offset + 1) ? "[x]" : "[ ]"
        let text = item.text.value + (item.required ? " (required)" : "")
        add(shown(text, width: width, first: "  \(box) \(offset + 1) ", rest: "        "))
      }
      interviewerNote(checklist.note?.value)
    case .marker(let marker):
      heading(id)
      blank()
      add(
        shown(marker.text.value, width: width, first: "  ▸ ", rest: "    ").map(style.bold))
      if marker.action == .startsRecording, !state.isRecording {
        add(shown("Moving on marks the recording as started.", width: width, first: "  "))
      } else if marker.action == .stopsRecording, state.isRecording {
        add(shown("Moving on marks the recording as stopped.", width: width, first: "  "))
      }
      interviewerNote(marker.note?.value)
    case .item(let item):
      heading(id + (item.required ? " · required" : ""))
      surveyItem(item)
    case .end(let end):
      heading("\(id) · end of the session")
      readAloud("READ ALOUD", end.text.value)
      blank()
      add(shown("The session ends here. Enter ends it; /b goes back.", width: width))
    case .section(let section):
      heading(section.title.value)
    }
  }

  private mutating func openQuestion(_ question: OpenQuestion, id: String) {
    readAloud("READ ALOUD", question.ask.value)
    if !question.prompts.isEmpty {
      blank()
      tagged(.prompts) { screen in
        screen.add(["Prompts"])
        let used = screen.state.promptsUsed[id] ?? []
        for (offset, prompt) in question.prompts.enumerated() {
          let mark = used.contains(offset + 1) ? "✓" : " "
          screen.add(
            screen.shown(
              prompt.value, width: screen.width, first: "  \(mark) \(offset + 1) ", rest: "      "))
        }
      }
      let used = (state.promptsUsed[id] ?? []).sorted().map(String.init)
      // What stays of the prompts on a window too small to list them.
      parts.append(
        (
          "Prompts: \(question.prompts.count)"
            + (used.isEmpty ? "" : " (✓ \(used.joined(separator: " ")))")
            + " — enlarge the window to list them", .promptsFolded
        ))
    }
    for index in state.rephrasingsUsed[id] ?? []
    where question.rephrasings.indices.contains(index - 1) {
      readAloud("REPHRASED — READ ALOUD", question.rephrasings[index - 1].value)
    }
    if let roundUp = question.roundUp, state.roundedUp.contains(id) {
      readAloud("ROUND-UP — READ ALOUD", roundUp.value)
    }
    var available: [String] = []
    if question.rephrasings.count > (state.rephrasingsUsed[id] ?? []).count {
      available.append("rephrase available (/r)")
    }
    if question.roundUp != nil, !state.roundedUp.contains(id) {
      available.append("round-up available (/u)")
    }
    if !available.isEmpty {
      blank()
      add(TextWrap.pack(available, width: width))
    }
    interviewerNote(question.note?.value)
  }

  private mutating func surveyItem(_ item: SurveyItem) {
    readAloud("READ ALOUD", item.ask.value)
    if !item.options.isEmpty {
      blank()
      add(["Options"])
      let digits = String(item.options.count).count
      for (offset, option) in item.options.enumerated() {
        let number = String(offset + 1)
        let pad = String(repeating: " ", count: digits - number.count)
        let first = "  \(pad)\(number) "
        add(
          shown(
            option.label.value, width: width, first: first,
            rest: String(repeating: " ", count: first.count)))
      }
      if let other = item.other?.value {
        add(
          shown(
            "or \(other): type their own words", width: width, first: "  ", rest: "    "))
      }
    }
    if item.type == .scale, let lower = item.min?.value, let upper = item.max?.value {
      let low = AnswerParser.format(lower) + (item.minLabel.map { " = \($0.value)" } ?? "")
      let high = AnswerParser.format(upper) + (item.maxLabel.map { " = \($0.value)" } ?? "")
      blank()
      add(shown("Scale: \(low) … \(high)", width: width, first: "  ", rest: "    "))
    }
    blank()
    let answer = state.answers[item.id.value].map { Decider.describe($0, item) } ?? "(none yet)"
    add(shown(answer, width: width, first: "Answer: ", rest: "  ").map(style.bold))
    add(shown(AnswerParser.hint(for: item), width: width, first: "  ").map(style.dim))
    interviewerNote(item.note?.value)
  }

  mutating func ended(_ navigator: SessionNavigator, current: SessionPosition?) {
    let reason: String
    switch state.endReason {
    case .completed?, nil: reason = "The session is complete."
    case .screenedOut(let step)?: reason = "The session ended at '\(step)' (screened out)."
    case .endedEarly?: reason = "The session was ended early."
    }
    heading(reason)
    if case .step(_, let flat)? = current, case .end(let end) = flat.step.kind {
      readAloud("READ ALOUD", end.text.value)
    }
    let counted = navigator.countedSteps.filter { state.wasVisited($0.step.id.value) }.count
    blank()
    add(
      TextWrap.pack(
        [
          "steps covered \(counted) of \(navigator.countedSteps.count)",
          state.notes.count == 1 ? "1 note" : "\(state.notes.count) notes",
          state.flags.count == 1 ? "1 flag" : "\(state.flags.count) flags",
        ], width: width))
  }

  private mutating func notesHere(_ id: String) {
    // Counted as they were folded: a step's notes are found without walking all notes.
    guard let tally = state.tallies[id], tally.notes > 0 || tally.flags > 0 else { return }
    blank()
    let shownNotes = tally.latestNotes.map { state.notes[$0] }
    var summary = tally.notes == 1 ? "1 note here" : "\(tally.notes) notes here"
    if tally.flags > 0 { summary += tally.flags == 1 ? " · 1 flag" : " · \(tally.flags) flags" }
    let count = summary
    if shownNotes.count < tally.notes { summary += " · the last \(shownNotes.count):" }
    tagged(.notesSummary) { $0.add([$0.style.dim(summary)]) }
    tagged(.notesSummaryFolded) { $0.add([$0.style.dim(count)]) }
    part = .notes
    defer { part = .step }
    for note in shownNotes {
      let single = TerminalText.line(note.text, limit: TerminalText.shownLimit)
      let prefix = "  \(note.role.rawValue): "
      let room = width - prefix.count
      let text = single.count > room ? String(single.prefix(max(1, room - 1))) + "…" : single
      add([style.dim(prefix + text)])
    }
  }

  private mutating func heading(_ text: String) {
    add(shown(text, width: width).map(style.bold))
  }

  private mutating func readAloud(_ title: String, _ text: String) {
    blank()
    add([style.bold(title)])
    add(shown(text, width: width, first: "    ").map(style.bold))
  }

  private mutating func interviewerNote(_ note: String?) {
    guard let note else { return }
    blank()
    add(
      shown(note, width: width, first: "Note (not read aloud): ", rest: "  ").map(style.dim)
    )
  }

  /// Outside text made inert (`TerminalText.block`), then wrapped to the width.
  private func shown(_ text: String, width: Int, first: String = "", rest: String? = nil)
    -> [String]
  {
    TextWrap.wrap(TerminalText.block(text), width: width, first: first, rest: rest)
  }

  private mutating func blank() { parts.append(("", .blank)) }
  private mutating func add(_ more: [String]) { parts += more.map { ($0, part) } }

  /// Adds what `build` adds as lines of `part`.
  private mutating func tagged(_ part: ScreenPart, _ build: (inout StepScreen) -> Void) {
    let outer = self.part
    self.part = part
    build(&self)
    self.part = outer
  }
}

/// What a line of the live screen is part of, so a small window loses the least first.
enum ScreenPart: Equatable, Sendable {
  /// The step's heading and the words to read aloud: never cut.
  case step
  /// A blank line between parts.
  case blank
  /// The notes and flags on this step: the count (saying how many are listed).
  case notesSummary
  /// The count alone, which stands in for `notesSummary` once the notes are cut.
  case notesSummaryFolded
  /// The latest notes themselves.
  case notes
  /// The prompts, one line each.
  case prompts
  /// One line that stands in for the prompts once they are cut (otherwise not shown).
  case promptsFolded
  /// The supporter's cues.
  case cues
  /// The rule and the line of keys at the foot.
  case keys
}

/// Fits the live screen into the window's height: an interviewer glancing at a 60×20
/// terminal must still see the status line and every word to read aloud.
///
/// What goes first: the notes (they are in the journal anyway), the line of keys, the blank
/// lines, then the prompts (folded to one line that says how many and which were asked),
/// and last the supporter's cues.
enum ScreenFit {
  /// The cuts, in order; each drops the lines of one part (prompts are folded, not lost).
  static let order: [ScreenPart] = [.notes, .notesSummary, .keys, .blank, .prompts, .cues]

  /// `head` (status, schedule) stays; `body` is cut in `order` until all fits in `rows`.
  static func fit(head: [String], body: [(line: String, part: ScreenPart)], rows: Int)
    -> [String]
  {
    let folded = body.first { $0.part == .promptsFolded }
    let count = body.first { $0.part == .notesSummaryFolded }
    var body = body.filter { $0.part != .promptsFolded && $0.part != .notesSummaryFolded }
    for cut in order where head.count + body.count > rows {
      let index = body.firstIndex { $0.part == cut }
      body.removeAll { $0.part == cut }
      if cut == .prompts, let index, let folded { body.insert(folded, at: index) }
      // With the notes gone, the count no longer says how many of them are listed.
      if cut == .notes, let summary = body.firstIndex(where: { $0.part == .notesSummary }),
        let count
      {
        body[summary] = (count.line, .notesSummary)
      }
    }
    // A part cut out between two blank lines leaves one blank, not two.
    let lines = body.map(\.line).enumerated().filter { index, line in
      !(line.isEmpty && index > 0 && body[index - 1].line.isEmpty)
    }
    return head + lines.map(\.element)
  }
}

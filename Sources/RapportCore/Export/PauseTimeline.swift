/// The paused spans of a session on its clock, for taking paused time out of durations.
///
/// A `paused` with no `resumed` after it runs to the end of the journal; a second `paused`
/// while paused, or a `resumed` while running, changes nothing.
struct PauseTimeline: Equatable, Sendable {
  struct Span: Equatable, Sendable {
    var start: Double
    var end: Double
    var resumed: Bool
  }

  private(set) var spans: [Span] = []

  init(entries: [JournalEntry], endClock: Double) {
    var openedAt: Double?
    for entry in entries {
      switch entry.event {
      case .paused where openedAt == nil:
        openedAt = entry.clock
      case .resumed:
        if let start = openedAt {
          spans.append(Span(start: start, end: max(start, entry.clock), resumed: true))
          openedAt = nil
        }
      default: break
      }
    }
    if let start = openedAt {
      spans.append(Span(start: start, end: max(start, endClock), resumed: false))
    }
  }

  /// The span that begins at `clock`, if a pause began there.
  func span(startingAt clock: Double) -> Span? {
    spans.first { $0.start == clock }
  }

  /// Seconds from `start` to `end` on the clock, minus the paused part of that stretch.
  func activeSeconds(from start: Double, to end: Double) -> Double {
    guard end > start else { return 0 }
    let paused = spans.reduce(0.0) { sum, span in
      sum + max(0, min(end, span.end) - max(start, span.start))
    }
    return max(0, end - start - paused)
  }

  /// Paused seconds in total.
  var totalPaused: Double { spans.reduce(0) { $0 + ($1.end - $1.start) } }
}

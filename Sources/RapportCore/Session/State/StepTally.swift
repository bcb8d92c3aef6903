import Foundation

/// The notes and flags on one step, counted as they are folded, with the latest notes'
/// places in `SessionState.notes`: what the step's screen shows, found without a walk.
public struct StepTally: Equatable, Sendable {
  /// How many of the latest notes a step's screen lists.
  public static let shownNotes = 2

  public var notes = 0
  public var flags = 0
  /// Indexes into `SessionState.notes` of the step's latest notes, oldest first.
  public var latestNotes: [Int] = []

  public init() {}

  mutating func addNote(at index: Int) {
    notes += 1
    latestNotes.append(index)
    if latestNotes.count > Self.shownNotes { latestNotes.removeFirst() }
  }
}

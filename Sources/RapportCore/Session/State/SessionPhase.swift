import Foundation

/// Where the session is: recording participant attributes, on a step, or over.
public enum SessionPhase: Equatable, Hashable, Sendable {
  /// Before the `session-started` event.
  case notStarted
  /// On participant attribute `index` of `protocol.participant.attributes`.
  case recordingAttributes(Int)
  /// On `protocol.flattenedSteps[index]`. Never a section: sections are not visited, their
  /// title is shown as a heading above the steps inside them.
  case inStep(Int)
  case ended
}

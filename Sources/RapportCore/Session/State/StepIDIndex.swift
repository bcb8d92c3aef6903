/// The ids a session can stand on, in order, so the state can place a `step-entered` event
/// without holding the whole protocol.
public struct StepIDIndex: Equatable, Hashable, Sendable {
  /// Participant attribute ids, in protocol order.
  public var attributeIDs: [String]
  /// `protocol.flattenedSteps` ids, sections included (so indexes match).
  public var stepIDs: [String]

  public init(attributeIDs: [String], stepIDs: [String]) {
    self.attributeIDs = attributeIDs
    self.stepIDs = stepIDs
  }

  public init(_ interviewProtocol: InterviewProtocol) {
    attributeIDs = interviewProtocol.participant.attributes.map(\.id.value)
    stepIDs = interviewProtocol.flattenedSteps.map(\.step.id.value)
  }

  /// The phase of standing on `id`, or nil for an id the protocol does not have.
  public func phase(of id: String) -> SessionPhase? {
    if let index = attributeIDs.firstIndex(of: id) { return .recordingAttributes(index) }
    if let index = stepIDs.firstIndex(of: id) { return .inStep(index) }
    return nil
  }

  /// The id the phase stands on.
  public func id(of phase: SessionPhase) -> String? {
    switch phase {
    case .recordingAttributes(let index) where attributeIDs.indices.contains(index):
      attributeIDs[index]
    case .inStep(let index) where stepIDs.indices.contains(index): stepIDs[index]
    default: nil
    }
  }
}

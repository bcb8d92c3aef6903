import Foundation

/// What a protocol's session walks over, worked out once per protocol: the positions in
/// order, where each id and phase stands, the steps counted in "step n of N".
///
/// The protocol is fixed for a session, so the screen drawn for every event reads these
/// tables instead of flattening the steps and listing the positions again. `of(_:)` keeps
/// the last protocol's tables; a protocol value copied from the same file compares equal
/// in a few comparisons (arrays and strings that share storage are equal at once).
final class NavigatorTables: Sendable {
  let interviewProtocol: InterviewProtocol
  let flat: [FlatStep]
  /// Every position in order, shown or not.
  let positions: [SessionPosition]
  /// Steps counted in "step n of N": every step but sections and `end` steps.
  let countedSteps: [FlatStep]
  let conditionAnswers: ConditionAnswers
  private let indexOfID: [String: Int]
  private let indexOfPhase: [SessionPhase: Int]
  private let countedIndex: [String: Int]

  init(_ interviewProtocol: InterviewProtocol) {
    self.interviewProtocol = interviewProtocol
    let flat = interviewProtocol.flattenedSteps
    self.flat = flat
    let positions =
      interviewProtocol.participant.attributes.enumerated().map {
        SessionPosition.attribute(index: $0.offset, item: $0.element)
      }
      + flat.enumerated().compactMap { index, step -> SessionPosition? in
        if case .section = step.step.kind { return nil }
        return SessionPosition.step(index: index, flat: step)
      }
    self.positions = positions
    countedSteps = flat.filter {
      switch $0.step.kind {
      case .section, .end: false
      default: true
      }
    }
    conditionAnswers = ConditionAnswers(interviewProtocol)
    var ids: [String: Int] = [:]
    var phases: [SessionPhase: Int] = [:]
    for (index, position) in positions.enumerated() {
      // The first of a duplicated id wins, as a search from the top would find it.
      if ids[position.id] == nil { ids[position.id] = index }
      phases[position.phase] = index
    }
    indexOfID = ids
    indexOfPhase = phases
    var counted: [String: Int] = [:]
    for (index, step) in countedSteps.enumerated() where counted[step.step.id.value] == nil {
      counted[step.step.id.value] = index
    }
    countedIndex = counted
  }

  /// Where the position with `id` is in `positions`.
  func index(id: String) -> Int? { indexOfID[id] }

  /// Where the position of `phase` is in `positions`.
  func index(of phase: SessionPhase) -> Int? { indexOfPhase[phase] }

  /// The zero-based place of step `id` among `countedSteps`.
  func countedIndex(of id: String) -> Int? { countedIndex[id] }

  private static let cache = Cache()

  /// The tables of `interviewProtocol`, made once and kept while the same protocol is asked.
  static func of(_ interviewProtocol: InterviewProtocol) -> NavigatorTables {
    cache.tables(for: interviewProtocol)
  }

  private final class Cache: @unchecked Sendable {
    private let lock = NSLock()
    private var last: NavigatorTables?

    func tables(for interviewProtocol: InterviewProtocol) -> NavigatorTables {
      lock.lock()
      defer { lock.unlock() }
      if let last, last.interviewProtocol == interviewProtocol { return last }
      let made = NavigatorTables(interviewProtocol)
      last = made
      return made
    }
  }
}

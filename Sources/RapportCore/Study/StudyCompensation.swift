/// What participants receive, and the debrief checklist item that says it was arranged.
public struct StudyCompensation: Equatable, Sendable {
  public var what: Located<String>
  /// The interview protocol's checklist step, e.g. `debrief`.
  public var step: Located<String>?
  /// The checklist item, one-based as on screen.
  public var item: Located<Int>?

  public init(what: Located<String>, step: Located<String>? = nil, item: Located<Int>? = nil) {
    self.what = what
    self.step = step
    self.item = item
  }
}

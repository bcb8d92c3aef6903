/// A place participants come from and interviewers belong to (a school, a clinic).
public struct StudySite: Equatable, Sendable {
  /// The short id: the screening protocol's option value for this site.
  public var id: Located<String>
  /// The full name: the interview protocol's option for this site.
  public var name: Located<String>
  /// Where participants of this site find welfare support (shown at the debrief).
  public var welfare: Located<String>?

  public init(id: Located<String>, name: Located<String>, welfare: Located<String>? = nil) {
    self.id = id
    self.name = name
    self.welfare = welfare
  }
}

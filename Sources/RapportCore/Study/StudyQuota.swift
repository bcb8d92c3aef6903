/// How many participants a study wants at one site for each value of one attribute.
public struct StudyQuota: Equatable, Sendable {
  public var site: Located<String>
  /// A kept screening answer, e.g. `year`.
  public var attribute: Located<String>
  /// The values that exist at this site, each a cell, as written (`1`, `"ucl"`).
  public var cells: [Located<String>]
  /// Participants wanted per cell.
  public var target: Int
  public var location: SourceLocation

  public init(
    site: Located<String>, attribute: Located<String>, cells: [Located<String>], target: Int = 1,
    location: SourceLocation
  ) {
    self.site = site
    self.attribute = attribute
    self.cells = cells
    self.target = target
    self.location = location
  }
}

/// An interviewer, by pseudonym or initials, with their own site and the roles they take.
public struct StudyInterviewer: Equatable, Sendable {
  public var id: Located<String>
  public var site: Located<String>
  public var roles: [Located<Role>]

  public init(id: Located<String>, site: Located<String>, roles: [Located<Role>]) {
    self.id = id
    self.site = site
    self.roles = roles
  }

  public func takes(_ role: Role) -> Bool { roles.contains { $0.value == role } }
}

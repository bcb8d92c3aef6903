/// One study, as its coordinator wrote it in a study file: which protocols screen and
/// interview, the sites, the interviewers, the quotas, the participant ids and the
/// compensation.
///
/// It is the plan the study commands (`screen`, `assign`, `study status`, `study table`)
/// check the study's files against; every value keeps where it was written, so a problem
/// points back at the study file.
public struct StudyPlan: Equatable, Sendable {
  /// The newest study format this build reads; files carry theirs in `rapport-study:`.
  public static let currentFormatVersion = 1

  public var id: Located<String>
  public var title: Located<String>
  public var screening: ScreeningPlan?
  public var interview: InterviewPlan?
  public var participantIDs: ParticipantIDScheme
  public var sites: [StudySite]
  public var interviewers: [StudyInterviewer]
  public var quotas: [StudyQuota]
  public var compensation: StudyCompensation?
  /// Where the top of the file is.
  public var location: SourceLocation

  public init(
    id: Located<String>, title: Located<String>, screening: ScreeningPlan? = nil,
    interview: InterviewPlan? = nil, participantIDs: ParticipantIDScheme = ParticipantIDScheme(),
    sites: [StudySite] = [], interviewers: [StudyInterviewer] = [], quotas: [StudyQuota] = [],
    compensation: StudyCompensation? = nil, location: SourceLocation
  ) {
    self.id = id
    self.title = title
    self.screening = screening
    self.interview = interview
    self.participantIDs = participantIDs
    self.sites = sites
    self.interviewers = interviewers
    self.quotas = quotas
    self.compensation = compensation
    self.location = location
  }

  /// The site with this id, if the study names it.
  public func site(_ id: String) -> StudySite? {
    sites.first { $0.id.value == id }
  }

  /// The site whose name (as the interview protocol's site attribute records it) is `name`.
  public func site(named name: String) -> StudySite? {
    sites.first { $0.name.value == name }
  }

  public func interviewer(_ id: String) -> StudyInterviewer? {
    interviewers.first { $0.id.value == id }
  }
}

/// The screening protocol and what of a respondent's answers the study keeps.
public struct ScreeningPlan: Equatable, Sendable {
  /// The protocol file, as written (relative to the study file's folder).
  public var protocolPath: Located<String>
  /// The item whose answer is the respondent's site id.
  public var siteItem: Located<String>
  /// Answers kept for an eligible respondent, as their participant attributes.
  public var keep: [Located<String>]
  /// Answers kept for an ineligible respondent (none unless the file says so).
  public var keepIfIneligible: [Located<String>]
  /// What an ineligible respondent is told, after the protocol's own end text.
  public var ineligibleText: Located<String>?

  public init(
    protocolPath: Located<String>, siteItem: Located<String>, keep: [Located<String>] = [],
    keepIfIneligible: [Located<String>] = [], ineligibleText: Located<String>? = nil
  ) {
    self.protocolPath = protocolPath
    self.siteItem = siteItem
    self.keep = keep
    self.keepIfIneligible = keepIfIneligible
    self.ineligibleText = ineligibleText
  }
}

/// The interview protocol and which of its participant attributes names the site.
public struct InterviewPlan: Equatable, Sendable {
  public var protocolPath: Located<String>
  /// The participant attribute whose value is a site's `name`.
  public var siteAttribute: Located<String>

  public init(protocolPath: Located<String>, siteAttribute: Located<String>) {
    self.protocolPath = protocolPath
    self.siteAttribute = siteAttribute
  }
}

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

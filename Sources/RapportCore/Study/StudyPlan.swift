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

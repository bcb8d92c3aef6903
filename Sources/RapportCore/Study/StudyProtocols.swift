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

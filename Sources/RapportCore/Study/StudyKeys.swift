/// The keys each part of a study file may use (kebab-case, as in protocol files).
///
/// One table so the reader, its did-you-mean hints, the schema and the docs agree.
enum StudyKeys {
  static let topLevel = [
    StudyLoader.formatKey, "id", "title", "screening", "interview", "participant-ids", "sites",
    "interviewers", "quotas", "compensation",
  ]
  static let screening = [
    "protocol", "site-item", "keep", "keep-if-ineligible", "ineligible-text",
  ]
  static let interview = ["protocol", "site-attribute"]
  static let participantIDs = ["prefix", "digits", "first"]
  static let site = ["id", "name", "welfare"]
  static let interviewer = ["id", "site", "roles"]
  static let quota = ["site", "attribute", "cells", "target"]
  static let compensation = ["what", "step", "item"]
}

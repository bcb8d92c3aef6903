extension NodeReader {
  /// The whole study file, or nil when it is not a mapping or is of a newer format.
  mutating func readStudy(_ root: YAMLNode) -> StudyPlan? {
    guard let fields = fields(root, what: "a study file") else { return nil }
    checkKeys(fields, allowed: StudyKeys.topLevel, in: "the study file")
    guard readStudyFormat(fields) else { return nil }
    let placeholder = Located("", at: fields.location)
    var plan = StudyPlan(
      id: text(fields, "id", required: true) ?? placeholder,
      title: text(fields, "title", required: true) ?? placeholder, location: fields.location)
    if let node = fields["screening"], let inner = self.fields(node, what: "'screening'") {
      checkKeys(inner, allowed: StudyKeys.screening, in: "'screening'")
      if let path = text(inner, "protocol", required: true),
        let item = text(inner, "site-item", required: true)
      {
        plan.screening = ScreeningPlan(
          protocolPath: path, siteItem: item, keep: words(inner, "keep"),
          keepIfIneligible: words(inner, "keep-if-ineligible"),
          ineligibleText: text(inner, "ineligible-text"))
      }
    } else if !fields.has("screening") {
      missing("screening", in: fields)
    }
    if let node = fields["interview"], let inner = self.fields(node, what: "'interview'") {
      checkKeys(inner, allowed: StudyKeys.interview, in: "'interview'")
      if let path = text(inner, "protocol", required: true),
        let attribute = text(inner, "site-attribute", required: true)
      {
        plan.interview = InterviewPlan(protocolPath: path, siteAttribute: attribute)
      }
    } else if !fields.has("interview") {
      missing("interview", in: fields)
    }
    if let node = fields["participant-ids"] { plan.participantIDs = readIDScheme(node) }
    plan.sites = entries(fields, "sites").compactMap { readSite($0) }
    plan.interviewers = entries(fields, "interviewers").compactMap { readInterviewer($0) }
    plan.quotas = entries(fields, "quotas").compactMap { readQuota($0) }
    if let node = fields["compensation"], let inner = self.fields(node, what: "'compensation'") {
      checkKeys(inner, allowed: StudyKeys.compensation, in: "'compensation'")
      if let what = text(inner, "what", required: true) {
        plan.compensation = StudyCompensation(
          what: what, step: text(inner, "step"), item: wholeNumber(inner, "item"))
      }
    }
    return plan
  }

  private mutating func readStudyFormat(_ fields: Fields) -> Bool {
    let key = StudyLoader.formatKey
    let current = StudyPlan.currentFormatVersion
    guard let node = fields[key] else {
      missing(key, in: fields, " (the study format version: write '\(key): \(current)')")
      return true
    }
    guard case .integer(let version) = YAMLValue(node, in: tree), version >= 1 else {
      error(
        "format-version", "'\(key)' must be the format version number, e.g. '\(key): \(current)'",
        at: location(node))
      return true
    }
    if version > current {
      error(
        "format-version",
        "study format version \(version) is newer than this rapport reads (\(current)); update rapport",
        at: location(node))
      return false
    }
    return true
  }

  /// The entries of a list under `key` (reported when it is not a list).
  private mutating func entries(_ fields: Fields, _ key: String) -> [YAMLNode] {
    guard let node = fields[key] else { return [] }
    guard tree.kind(node) == .sequence else {
      wrongType(key, node, expected: "a list")
      return []
    }
    return Array(tree.entries(node))
  }

  /// Texts under `key`: one text or a list of them.
  private mutating func words(_ fields: Fields, _ key: String) -> [Located<String>] {
    textList(fields, key) ?? []
  }

  private mutating func wholeNumber(_ fields: Fields, _ key: String) -> Located<Int>? {
    guard let node = fields[key] else { return nil }
    guard case .integer(let value) = YAMLValue(node, in: tree), value >= 0 else {
      wrongType(key, node, expected: "a whole number")
      return nil
    }
    return Located(value, at: location(node))
  }

  private mutating func readIDScheme(_ node: YAMLNode) -> ParticipantIDScheme {
    var scheme = ParticipantIDScheme()
    guard let fields = fields(node, what: "'participant-ids'") else { return scheme }
    scheme.location = fields.location
    checkKeys(fields, allowed: StudyKeys.participantIDs, in: "'participant-ids'")
    if let prefix = text(fields, "prefix") { scheme.prefix = prefix.value }
    if let digits = wholeNumber(fields, "digits") {
      if (1...9).contains(digits.value) {
        scheme.digits = digits.value
      } else {
        error("participant-ids", "'digits' must be 1 to 9", at: digits.location)
      }
    }
    if let first = wholeNumber(fields, "first") { scheme.first = first.value }
    return scheme
  }

  private mutating func readSite(_ node: YAMLNode) -> StudySite? {
    guard let fields = fields(node, what: "a site") else { return nil }
    checkKeys(fields, allowed: StudyKeys.site, in: "a site")
    guard let id = text(fields, "id", required: true),
      let name = text(fields, "name", required: true)
    else { return nil }
    return StudySite(id: id, name: name, welfare: text(fields, "welfare"))
  }

  private mutating func readInterviewer(_ node: YAMLNode) -> StudyInterviewer? {
    guard let fields = fields(node, what: "an interviewer") else { return nil }
    checkKeys(fields, allowed: StudyKeys.interviewer, in: "an interviewer")
    guard let id = text(fields, "id", required: true),
      let site = text(fields, "site", required: true)
    else { return nil }
    var roles: [Located<Role>] = []
    for word in words(fields, "roles") {
      if let role = Role(rawValue: word.value) {
        roles.append(Located(role, at: word.location))
      } else {
        error(
          "unknown-role", "'\(word.value)' is not a role (write 'lead' or 'support')",
          at: word.location)
      }
    }
    return StudyInterviewer(id: id, site: site, roles: roles)
  }

  private mutating func readQuota(_ node: YAMLNode) -> StudyQuota? {
    guard let fields = fields(node, what: "a quota") else { return nil }
    checkKeys(fields, allowed: StudyKeys.quota, in: "a quota")
    guard let site = text(fields, "site", required: true),
      let attribute = text(fields, "attribute", required: true)
    else { return nil }
    if !fields.has("cells") { missing("cells", in: fields) }
    var target = 1
    if let written = wholeNumber(fields, "target") {
      if written.value >= 1 {
        target = written.value
      } else {
        error("quota-target", "'target' must be 1 or more", at: written.location)
      }
    }
    return StudyQuota(
      site: site, attribute: attribute, cells: words(fields, "cells"), target: target,
      location: fields.location)
  }
}

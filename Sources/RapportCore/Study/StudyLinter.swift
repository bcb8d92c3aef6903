/// Checks a study plan's meaning: ids, sites, interviewers, quotas, and that the plan fits
/// its two protocols (the site options, the kept answers, the id pattern, the debrief item).
///
/// The loader reports the shape of the file; this reports what does not make sense.
public enum StudyLinter {
  /// Every problem, sorted by place. A protocol that could not be loaded is nil and its
  /// checks are left out (the command reports why it could not be loaded).
  public static func lint(
    _ plan: StudyPlan, screening: InterviewProtocol?, interview: InterviewProtocol?
  ) -> [Diagnostic] {
    var found = identifiers(plan) + interviewers(plan)
    found += StudyQuotaRules.check(plan, screening: screening)
    if let screening, let screeningPlan = plan.screening {
      found += StudyProtocolRules.screening(plan, screeningPlan, screening)
    }
    if let interview, let interviewPlan = plan.interview {
      found += StudyProtocolRules.interview(plan, interviewPlan, interview)
    }
    return Linter.sorted(found)
  }

  /// The study id names the ledger file (`ID.study.jsonl`), so it is spelled as a protocol
  /// id is: no `/`, `..`, space or control character can take the ledger elsewhere.
  /// Interviewer ids are written into journals and shown on screens: initials or a
  /// pseudonym of letters, digits, `-` and `_`.
  private static func identifiers(_ plan: StudyPlan) -> [Diagnostic] {
    var found: [Diagnostic] = []
    if !plan.id.value.isEmpty,
      !IdentifierRules.isWellFormed(plan.id.value, allowingUnderscore: false)
    {
      found.append(
        .error(
          "bad-id",
          "study id '\(plan.id.value)' may only use lowercase letters, digits and '-', "
            + "starting with a letter or digit", at: plan.id.location))
    }
    for interviewer in plan.interviewers where !isInterviewerID(interviewer.id.value) {
      found.append(
        .error(
          "bad-id",
          "interviewer id '\(interviewer.id.value)' may only use letters, digits, '-' and '_', "
            + "starting with a letter or digit (initials or a pseudonym)",
          at: interviewer.id.location))
    }
    return found + duplicates(plan.sites.map(\.id), what: "site")
      + duplicates(plan.interviewers.map(\.id), what: "interviewer")
  }

  /// `[A-Za-z0-9][A-Za-z0-9_-]*`, at most 64 characters.
  static func isInterviewerID(_ id: String) -> Bool {
    func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
      ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }
    guard let head = id.unicodeScalars.first, isAlphanumeric(head), id.unicodeScalars.count <= 64
    else { return false }
    return id.unicodeScalars.allSatisfy { isAlphanumeric($0) || $0 == "-" || $0 == "_" }
  }

  private static func duplicates(_ ids: [Located<String>], what: String) -> [Diagnostic] {
    var first: [String: SourceLocation] = [:]
    var found: [Diagnostic] = []
    for id in ids {
      if let earlier = first[id.value] {
        found.append(
          .error(
            "duplicate-id", "\(what) id '\(id.value)' is used twice", at: id.location,
            notes: [.init("first used here", at: earlier)]))
      } else {
        first[id.value] = id.location
      }
    }
    return found
  }

  /// An interviewer's site must be a site; each site needs a lead and a supporter from
  /// elsewhere, since no one interviews a participant of their own institution.
  private static func interviewers(_ plan: StudyPlan) -> [Diagnostic] {
    var found: [Diagnostic] = []
    for interviewer in plan.interviewers {
      if let problem = unknownSite(interviewer.site, in: plan) { found.append(problem) }
      if interviewer.roles.isEmpty {
        found.append(
          .error(
            "interviewer-roles",
            "interviewer '\(interviewer.id.value)' takes no role (write e.g. 'roles: [lead, support]')",
            at: interviewer.id.location))
      }
    }
    for site in plan.sites {
      let others = plan.interviewers.filter { $0.site.value != site.id.value }
      for role in Role.allCases where !others.contains(where: { $0.takes(role) }) {
        found.append(
          .warning(
            "no-interviewer",
            "no interviewer from another site can take the \(role.rawValue) "
              + "for participants of '\(site.id.value)'", at: site.id.location))
      }
    }
    return found
  }

  /// Unknown-site diagnostic for `site`, with a did-you-mean, or nil when it is a site.
  static func unknownSite(_ site: Located<String>, in plan: StudyPlan) -> Diagnostic? {
    guard plan.site(site.value) == nil else { return nil }
    let ids = plan.sites.map(\.id.value)
    var message = "unknown site '\(site.value)'"
    if let guess = SpellingSuggestion.closest(to: site.value, among: ids) {
      message += " (did you mean '\(guess)'?)"
    } else if !ids.isEmpty {
      message += " (the sites are " + ids.map { "'\($0)'" }.joined(separator: ", ") + ")"
    }
    return .error("unknown-site", message, at: site.location)
  }
}

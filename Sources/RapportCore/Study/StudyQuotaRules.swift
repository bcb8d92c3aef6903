/// Lint of a study's quotas: each names a site and a kept screening answer, every cell can
/// be filled by some answer, and no cell is counted by two quotas.
enum StudyQuotaRules {
  static func check(_ plan: StudyPlan, screening: InterviewProtocol?) -> [Diagnostic] {
    var found: [Diagnostic] = []
    var claimed: [String: SourceLocation] = [:]
    let kept = plan.screening?.keep.map(\.value) ?? []
    for quota in plan.quotas {
      if let problem = StudyLinter.unknownSite(quota.site, in: plan) { found.append(problem) }
      let attribute = quota.attribute.value
      if plan.screening != nil, !kept.contains(attribute) {
        found.append(
          .error(
            "quota-attribute",
            "quota attribute '\(attribute)' is not kept from the screening (add it to "
              + "'keep' under 'screening')", at: quota.attribute.location))
      }
      let item = screening?.answerableItems.first { $0.id.value == attribute }
      if quota.cells.isEmpty {
        found.append(.error("quota-cells", "a quota needs at least one cell", at: quota.location))
      }
      for cell in quota.cells {
        if let item, let reason = unfillable(cell.value, by: item) {
          found.append(
            .error(
              "quota-cell-unfillable",
              "no answer to '\(attribute)' can fill the cell '\(cell.value)': \(reason)",
              at: cell.location))
        }
        let key = [quota.site.value, attribute, cell.value].joined(separator: "\u{1F}")
        if let earlier = claimed[key] {
          found.append(
            .error(
              "quota-overlap",
              "the cell '\(cell.value)' of '\(attribute)' at '\(quota.site.value)' is already "
                + "in a quota; a participant would count twice", at: cell.location,
              notes: [.init("first counted here", at: earlier)]))
        } else {
          claimed[key] = cell.location
        }
      }
    }
    return found
  }

  /// Why no answer to `item` can be `cell`, or nil when one can.
  static func unfillable(_ cell: String, by item: SurveyItem) -> String? {
    switch item.type {
    case .singleChoice, .multipleChoice:
      let values = item.options.map(\.value.value)
      if values.contains(cell) || item.other != nil { return nil }
      return "it is not an option (the options are "
        + values.map { "'\($0)'" }.joined(separator: ", ") + ")"
    case .integer, .number, .scale:
      guard let number = Double(cell) else { return "it is not a number" }
      if item.type != .number, number.rounded() != number { return "it is not a whole number" }
      if let min = item.min?.value, number < min { return "it is below the minimum" }
      if let max = item.max?.value, number > max { return "it is above the maximum" }
      return nil
    case .yesNo, .consent:
      return ["yes", "no"].contains(cell) ? nil : "write 'yes' or 'no'"
    case .text, .date:
      return nil
    }
  }
}

/// The formats `rapport render` prints an interview guide in.
public enum GuideFormat: String, CaseIterable, Sendable {
  case markdown
  case text
  case html

  /// The guide for `proto` in this format.
  public func render(_ proto: InterviewProtocol) -> String {
    let plan = GuidePlan(proto)
    switch self {
    case .markdown: return MarkdownGuideRenderer.render(plan)
    case .text: return TextGuideRenderer.render(plan)
    case .html: return HTMLGuideRenderer.render(plan)
    }
  }
}

import Foundation

/// Loads a study file together with the two protocols it names and lints the lot, so
/// `rapport lint` and every study command see the same problems in the same words.
///
/// File reading is handed in (`read`), keeping this free of I/O: the command reads files
/// the way it reads protocols.
public enum StudyCheck {
  /// A protocol the study names, read and loaded without errors.
  public struct ProtocolFile: Sendable {
    /// The path as it was read (the study file's folder joined with the path written).
    public var path: String
    public var text: String
    public var model: InterviewProtocol
  }

  public struct Result: Sendable {
    public var plan: StudyPlan?
    public var screening: ProtocolFile?
    public var interview: ProtocolFile?
    public var diagnostics: [Diagnostic]

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
  }

  /// What reading one file gave: its bytes, or the diagnostic saying why it could not be read.
  public enum Source {
    case data(Data)
    case unreadable(Diagnostic)
  }

  public static func check(data: Data, path: String, read: (String) -> Source) -> Result {
    let loaded = StudyLoader.load(data: data, path: path)
    var result = Result(plan: loaded.plan, diagnostics: loaded.diagnostics)
    guard let plan = loaded.plan else { return result }
    if let written = plan.screening?.protocolPath {
      result.screening = protocolFile(written, studyPath: path, read: read, into: &result)
    }
    if let written = plan.interview?.protocolPath {
      result.interview = protocolFile(written, studyPath: path, read: read, into: &result)
    }
    result.diagnostics += StudyLinter.lint(
      plan, screening: result.screening?.model, interview: result.interview?.model)
    result.diagnostics = Linter.sorted(result.diagnostics)
    return result
  }

  /// `written` relative to the study file's folder (absolute paths as they are).
  public static func resolve(_ written: String, studyPath: String) -> String {
    guard !written.hasPrefix("/") else { return written }
    let folder = (studyPath as NSString).deletingLastPathComponent
    return folder.isEmpty ? written : folder + "/" + written
  }

  private static func protocolFile(
    _ written: Located<String>, studyPath: String, read: (String) -> Source,
    into result: inout Result
  ) -> ProtocolFile? {
    let path = resolve(written.value, studyPath: studyPath)
    switch read(path) {
    case .unreadable(let diagnostic):
      result.diagnostics.append(
        .error("study-protocol", diagnostic.message, at: written.location))
      return nil
    case .data(let data):
      let checked = Linter.check(data: data, path: path)
      let errors = checked.diagnostics.filter { $0.severity == .error }.count
      guard errors == 0, let model = checked.protocol,
        let text = String(data: data, encoding: .utf8)
      else {
        result.diagnostics.append(
          .error(
            "study-protocol",
            "'\(path)' has \(errors) error\(errors == 1 ? "" : "s") (see 'rapport lint \(path)')",
            at: written.location))
        return nil
      }
      return ProtocolFile(path: path, text: text, model: model)
    }
  }
}

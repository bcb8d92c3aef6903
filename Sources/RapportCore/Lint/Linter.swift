import Foundation

/// Checks a protocol beyond its shape: ids, references, reachability, options, time plan,
/// participant ids. The loader reports shape problems; this reports meaning problems.
public enum Linter {
  /// Every semantic problem in a loaded protocol, in no particular order.
  ///
  /// `skippedIDs` are steps the loader could not read; references to them are not reported
  /// again as unknown.
  public static func lint(_ model: InterviewProtocol, skippedIDs: Set<String> = []) -> [Diagnostic]
  {
    let context = LintContext(model, skippedIDs: skippedIDs)
    return IdentifierRules.check(context) + ConditionRules.check(context)
      + ReachabilityRules.check(context) + ContentRules.check(context)
      + TimeBudgetRules.check(context) + ParticipantRules.check(context)
      + SitePlaceholders.diagnostics(model)
  }

  /// Loads and lints one file's bytes: every diagnostic, sorted by place in the file.
  ///
  /// `data` is consumed: a caller that hands over its only reference (`consume data`) lets
  /// the file's bytes go once the protocol is read, before the lint rules run.
  public static func lint(data: consuming Data, path: String) -> [Diagnostic] {
    check(data: consume data, path: path).diagnostics
  }

  /// Loads and lints one file's bytes, keeping the protocol for the commands that use it
  /// (run, render): the load result with the lint diagnostics added and sorted.
  public static func check(data: consuming Data, path: String) -> ProtocolLoadResult {
    var loaded = ProtocolLoader.load(data: consume data, path: path)
    if let model = loaded.protocol {
      loaded.diagnostics += lint(model, skippedIDs: loaded.skippedIDs)
    }
    loaded.diagnostics = sorted(loaded.diagnostics)
    return loaded
  }

  /// Sorted by file, line and column; diagnostics at the same place keep their order.
  public static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    diagnostics.enumerated()
      .sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }
      .map(\.element)
  }
}

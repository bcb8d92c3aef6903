/// What loading a protocol file gives: the model as far as it could be read, and every
/// problem found on the way.
public struct ProtocolLoadResult: Sendable {
  /// Nil only when the file cannot be read as a protocol at all (not text, not YAML, not a
  /// mapping, or a newer format); otherwise steps that could not be read are left out.
  public var `protocol`: InterviewProtocol?
  public var diagnostics: [Diagnostic]
  /// Ids of steps and items left out because they could not be read; lint does not report
  /// references to them as unknown, since the real mistake is already reported.
  public var skippedIDs: Set<String>

  public init(
    protocol: InterviewProtocol?, diagnostics: [Diagnostic], skippedIDs: Set<String> = []
  ) {
    self.protocol = `protocol`
    self.diagnostics = diagnostics
    self.skippedIDs = skippedIDs
  }
}

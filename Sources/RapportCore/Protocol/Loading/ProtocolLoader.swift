import Foundation

/// Turns the bytes of a protocol file into the model, keeping a source location for every
/// value and collecting every problem in one pass.
///
/// The model is read from a flat tree built straight from libyaml's events (`YAMLComposer`).
/// Hostile input (huge, binary, mis-encoded, deeply nested, alias bombs) is screened before
/// anything is built, so each gives one diagnostic quickly in bounded memory.
public enum ProtocolLoader {
  /// The largest file read (32 MiB); callers reading from disk need read no further than this.
  public static let maximumBytes = InputScreening.maximumBytes

  /// Loads a protocol from a file's bytes; `path` is only used in diagnostics.
  public static func load(data: Data, path: String) -> ProtocolLoadResult {
    switch InputScreening.text(of: data, path: path) {
    case .rejected(let diagnostic):
      return ProtocolLoadResult(protocol: nil, diagnostics: [diagnostic])
    case .text(let bytes):
      return load(screened: bytes, path: path)
    }
  }

  /// Loads a protocol from text already in memory (tests, editors); same checks as `data`.
  public static func load(text: String, path: String) -> ProtocolLoadResult {
    load(data: Data(text.utf8), path: path)
  }

  private static func load(screened bytes: [UInt8], path: String) -> ProtocolLoadResult {
    func failure(_ rule: String, _ message: String, _ line: Int, _ column: Int)
      -> ProtocolLoadResult
    {
      let location = SourceLocation(file: path, line: line, column: column)
      return ProtocolLoadResult(protocol: nil, diagnostics: [.error(rule, message, at: location)])
    }
    switch NestingScanner.scan(bytes) {
    case .tooDeep(let line, let column):
      return failure("too-deep", tooDeepMessage, line, column)
    case .complexKey(let line, let column):
      return failure(
        "complex-key", "a key must be a plain word, not a list, a mapping or an alias", line,
        column)
    case nil:
      break
    }
    // Every scalar stays text; YAMLValue classifies them later (YAML 1.2 rules).
    let composed = bytes.withUnsafeBufferPointer { YAMLComposer.compose($0) }
    let tree: YAMLTree
    switch composed {
    case .failure(let error):
      let text = String(decoding: bytes, as: UTF8.self)
      let diagnostic = YAMLErrorDiagnostic.diagnostic(for: error, text: text, path: path)
      return ProtocolLoadResult(protocol: nil, diagnostics: [diagnostic])
    case .success(nil):
      return failure("empty-file", "file is empty", 1, 1)
    case .success(let composedTree?):
      tree = composedTree
    }
    // Without an alias (`*name`) every value is written out, so the tree is no bigger than
    // the text and no deeper than the scan allowed: the walk is needed only with aliases.
    let hasAlias = bytes.contains(UInt8(ascii: "*"))
    switch hasAlias ? NodeBudget.check(tree, byteCount: bytes.count, path: path) : nil {
    case .aliasBomb(let location):
      return failure(
        "alias-bomb",
        "aliases ('*name') expand to more values than the file has characters; "
          + "this looks like an alias bomb ('billion laughs')", location.line, location.column)
    case .tooDeep(let location):
      return failure("too-deep", tooDeepMessage, location.line, location.column)
    case nil:
      break
    }
    var reader = NodeReader(path: path, tree: tree, source: bytes)
    let model = reader.readProtocol(YAMLNode(0))
    return ProtocolLoadResult(
      protocol: model, diagnostics: reader.diagnostics, skippedIDs: reader.skippedIDs)
  }

  private static let tooDeepMessage =
    "nesting is deeper than \(NestingScanner.maximumDepth) levels; a protocol needs far fewer"
}

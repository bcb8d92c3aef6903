import Foundation

/// The front end every YAML file Rapport reads goes through (protocols and study files):
/// hostile input screened, nesting scanned, the tree composed and aliases budgeted, each
/// problem one located diagnostic, before any reader sees a node.
///
/// One place, so a protocol and a study file refuse the same bad input with the same words.
enum YAMLInput {
  /// What the front end gives: the tree (which keeps the file's bytes, never a copy of
  /// them), or the one diagnostic that stopped it.
  enum Outcome {
    case tree(YAMLTree)
    case rejected(Diagnostic)
  }

  /// Screens and composes `data`; `path` is only used in diagnostics, `kind` names the
  /// file in them ("a protocol", "a study file").
  static func compose(_ data: Data, path: String, kind: String) -> Outcome {
    func failure(_ rule: String, _ message: String, _ line: Int, _ column: Int) -> Outcome {
      let location = SourceLocation(file: path, line: line, column: column)
      return .rejected(.error(rule, message, at: location))
    }
    let offset: Int
    switch InputScreening.text(of: data, path: path) {
    case .rejected(let diagnostic): return .rejected(diagnostic)
    case .text(let start): offset = start
    }
    let tooDeep =
      "nesting is deeper than \(NestingScanner.maximumDepth) levels; \(kind) needs far fewer"
    switch withText(of: data, from: offset, { NestingScanner.scan($0) }) {
    case .tooDeep(let line, let column):
      return failure("too-deep", tooDeep, line, column)
    case .complexKey(let line, let column):
      return failure(
        "complex-key", "a key must be a plain word, not a list, a mapping or an alias", line,
        column)
    case nil:
      break
    }
    // Every scalar stays text; YAMLValue classifies them later (YAML 1.2 rules).
    let tree: YAMLTree
    switch YAMLComposer.compose(data, from: offset) {
    case .failure(let error):
      let text = withText(of: data, from: offset) { String(decoding: $0, as: UTF8.self) }
      return .rejected(YAMLErrorDiagnostic.diagnostic(for: error, text: text, path: path))
    case .success(nil):
      return failure("empty-file", "file is empty", 1, 1)
    case .success(let composedTree?):
      tree = composedTree
    }
    // Without an alias (`*name`) every value is written out, so the tree is no bigger than
    // the text and no deeper than the scan allowed: the walk is needed only with aliases.
    let hasAlias = tree.withText { $0.contains(UInt8(ascii: "*")) }
    let byteCount = data.count - offset
    switch hasAlias ? NodeBudget.check(tree, byteCount: byteCount, path: path) : nil {
    case .aliasBomb(let location):
      return failure(
        "alias-bomb",
        "aliases ('*name') expand to more values than the file has characters; "
          + "this looks like an alias bomb ('billion laughs')", location.line, location.column)
    case .tooDeep(let location):
      return failure("too-deep", tooDeep, location.line, location.column)
    case nil:
      return .tree(tree)
    }
  }

  /// Calls `body` with the bytes of `data` from `offset` on, where they lie.
  static func withText<Result>(
    of data: Data, from offset: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    data.withUnsafeBytes { raw in
      body(UnsafeBufferPointer(rebasing: raw.assumingMemoryBound(to: UInt8.self)[offset...]))
    }
  }
}

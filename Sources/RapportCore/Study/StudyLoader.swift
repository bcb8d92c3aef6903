import Foundation

/// Turns the bytes of a study file into a `StudyPlan`, with the protocol loader's
/// machinery: the same screening of hostile input, the same YAML tree and readers, and
/// located diagnostics in the same `path:line:column: error:` form.
public enum StudyLoader {
  /// The key that marks a study file (and holds its format version), as `rapport:` marks
  /// a protocol.
  public static let formatKey = "rapport-study"

  /// Whether `data` is a study file rather than a protocol: its top-level mapping has the
  /// key `rapport-study`, so `rapport lint` can check both kinds.
  ///
  /// A line starting `rapport-study:` decides at once; otherwise a file that mentions the
  /// key at all is read as YAML, so a study written as JSON (`{"rapport-study": 1, …}`) or
  /// in flow style is recognised too, as the protocol loader accepts JSON protocols.
  ///
  /// One pass over the bytes, comparing only where the key's first byte is (`rapport lint`
  /// asks this of every file; a walk of `Data` slices cost a fifth of linting 10,000 steps).
  public static func isStudyFile(_ data: Data) -> Bool {
    let key = Array(formatKey.utf8)
    let mentioned = data.withUnsafeBytes { raw -> Bool? in
      let bytes = raw.bindMemory(to: UInt8.self)
      guard let base = bytes.baseAddress else { return false }
      var mentioned = false
      var index = 0
      // memchr jumps to each `r`; only there are the bytes compared.
      while index + key.count <= bytes.count,
        let found = memchr(base + index, Int32(key[0]), bytes.count - index)
      {
        index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        guard index + key.count <= bytes.count else { break }
        if bytes[index..<index + key.count].elementsEqual(key) {
          let atLineStart = index == 0 || bytes[index - 1] == 0x0A
          let end = index + key.count
          if atLineStart, end < bytes.count, bytes[end] == UInt8(ascii: ":") { return nil }
          mentioned = true
        }
        index += 1
      }
      return mentioned
    }
    // nil: a line starts `rapport-study:`.
    guard let mentioned else { return true }
    return mentioned && hasFormatKey(data)
  }

  /// Whether the YAML (or JSON) in `data` is a mapping with the `rapport-study` key.
  private static func hasFormatKey(_ data: Data) -> Bool {
    guard case .text(let offset) = InputScreening.text(of: data, path: ""),
      YAMLInput.withText(of: data, from: offset, { NestingScanner.scan($0) }) == nil,
      case .success(let tree?) = YAMLComposer.compose(data, from: offset),
      tree.kind(YAMLNode(0)) == .mapping
    else { return false }
    return tree.pairs(YAMLNode(0)).contains { tree.string($0.key) == formatKey }
  }

  /// What loading a study file gives: the plan as far as it could be read, and every problem.
  public struct Result: Sendable {
    public var plan: StudyPlan?
    public var diagnostics: [Diagnostic]
  }

  /// Loads a study file's bytes; `path` is only used in diagnostics.
  public static func load(data: Data, path: String) -> Result {
    switch YAMLInput.compose(data, path: path, kind: "a study file") {
    case .rejected(let diagnostic):
      return Result(plan: nil, diagnostics: [diagnostic])
    case .tree(let tree):
      var reader = NodeReader(path: path, tree: tree)
      let plan = reader.readStudy(YAMLNode(0))
      return Result(plan: plan, diagnostics: reader.diagnostics)
    }
  }

  /// Loads a study file from text (tests, editors); same checks as `data`.
  public static func load(text: String, path: String) -> Result {
    load(data: Data(text.utf8), path: path)
  }
}

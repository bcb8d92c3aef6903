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
  ///
  /// The tree, which shares `data`, is let go before this returns; `data` is consumed so
  /// that a caller handing over its only reference holds no bytes of the file afterwards.
  public static func load(data: consuming Data, path: String) -> ProtocolLoadResult {
    switch YAMLInput.compose(data, path: path, kind: "a protocol") {
    case .rejected(let diagnostic):
      return ProtocolLoadResult(protocol: nil, diagnostics: [diagnostic])
    case .tree(let tree):
      var reader = NodeReader(path: path, tree: tree)
      let model = reader.readProtocol(YAMLNode(0))
      return ProtocolLoadResult(
        protocol: model, diagnostics: reader.diagnostics, skippedIDs: reader.skippedIDs)
    }
  }

  /// Loads a protocol from text already in memory (tests, editors); same checks as `data`.
  public static func load(text: String, path: String) -> ProtocolLoadResult {
    load(data: Data(text.utf8), path: path)
  }
}

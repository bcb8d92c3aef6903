import Foundation
import RapportCore

/// libFuzzer entry for the protocol loader and linter: any bytes, as `rapport lint` reads
/// them, must give diagnostics (never a crash, a hang or unbounded memory).
///
/// A protocol that loads without errors goes on to what `rapport run` and `rapport render`
/// do with it first: the session outline, the first screen and the paper guide.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzProtocol(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Data(bytes: data, count: size)
  let loaded = ProtocolLoader.load(text: String(decoding: bytes, as: UTF8.self), path: "f.yaml")
  let checked = Linter.check(data: bytes, path: "f.yaml")
  for diagnostic in loaded.diagnostics + checked.diagnostics {
    // Every diagnostic points into the file: an editor jumps there.
    precondition(diagnostic.location.line >= 1 && diagnostic.location.column >= 1)
    precondition(!diagnostic.message.isEmpty)
  }
  guard let model = checked.protocol,
    !checked.diagnostics.contains(where: { $0.severity == .error })
  else { return 0 }
  let state = SessionState(protocol: model)
  _ = ScreenRenderer.render(state, protocol: model, clock: 0, width: 60, color: false)
  let plan = GuidePlan(model)
  _ = MarkdownGuideRenderer.render(plan)
  _ = TextGuideRenderer.render(plan)
  return 0
}

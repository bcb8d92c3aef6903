import Foundation
import RapportCore

/// libFuzzer entry for the journal decoder and what reads its entries: `resume` (replay),
/// `sessions` (the summary) and `export` (the record and the per-session formats). A
/// journal may be torn, damaged or edited by hand; each must read without a crash.
///
/// Every entry that decodes must encode to a line that decodes to the same line again,
/// or a resumed session would write back something other than what it read.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJournal(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Data(bytes: data, count: size)
  let read = JournalCodec.decode(bytes)
  if let offset = read.tornTailOffset {
    precondition(offset >= 0 && offset <= bytes.count, "torn tail outside the file")
    precondition(read.tornTail == bytes[offset...], "torn tail is not the file's end")
  }
  for entry in read.entries {
    let line = JournalCodec.encodeLine(entry)
    let again = JournalCodec.decode(line)
    precondition(again.entries.count == 1 && again.isClean, "an entry does not round-trip")
    precondition(again.entries.map(JournalCodec.encodeLine) == [line], "line changed")
  }
  guard let result = SnapshotCache.export(bytes) else { return 0 }
  for format in ExportFormat.allCases where format.isPerSession && format != .docx {
    _ = try? SessionExporter.file(for: result.session.record, format: format)
  }
  if let start = read.sessionStart, let model = SnapshotCache.protocolModel(start.protocolText) {
    let state = SessionEngine.replay(read.entries, protocol: model)
    _ = SessionListingRow(entries: read.entries, isWriterAlive: false, protocol: model)
    _ = ScreenRenderer.render(
      state, protocol: model, clock: state.lastClock, width: 60, color: false)
  }
  return 0
}

/// Most mutations leave the protocol snapshot as it was: parsing it once per distinct text
/// (as `rapport export --all` does across sessions) keeps the fuzzer fast. Bounded, so a
/// long run's many mutated snapshots cannot grow memory.
enum SnapshotCache {
  nonisolated(unsafe) private static var exportReader = JournalExportReader()
  nonisolated(unsafe) private static var uses = 0
  nonisolated(unsafe) private static var last: (text: String, model: InterviewProtocol?)?

  /// What `rapport export` reads from these bytes, or nil where it refuses them.
  static func export(_ bytes: Data) -> JournalExportReader.Result? {
    uses += 1
    if uses % 512 == 0 { exportReader = JournalExportReader() }
    return try? exportReader.read(bytes)
  }

  static func protocolModel(_ text: String) -> InterviewProtocol? {
    if let last, last.text == text { return last.model }
    let model = ProtocolLoader.load(text: text, path: "f.yaml").protocol
    last = (text, model)
    return model
  }
}

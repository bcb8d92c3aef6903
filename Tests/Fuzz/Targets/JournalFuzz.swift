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
  var reader = JournalExportReader()
  guard let result = try? reader.read(bytes) else { return 0 }
  for format in ExportFormat.allCases where format.isPerSession && format != .docx {
    _ = try? SessionExporter.file(for: result.session.record, format: format)
  }
  if let start = read.sessionStart,
    let model = ProtocolLoader.load(text: start.protocolText, path: "f.yaml").protocol
  {
    let state = SessionEngine.replay(read.entries, protocol: model)
    _ = SessionSummary(entries: read.entries, isWriterAlive: false, protocol: model)
    _ = ScreenRenderer.render(
      state, protocol: model, clock: state.lastClock, width: 60, color: false)
  }
  return 0
}

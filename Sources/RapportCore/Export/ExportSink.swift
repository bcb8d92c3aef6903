import Foundation

/// Where a streaming export writes its bytes: a file in the command, memory in the tests.
///
/// Streaming is what keeps `export --all` flat in memory: a study's `.qdpx` and CSVs are
/// written as the sessions are read, never held whole (the core does no I/O itself).
public protocol ExportSink: AnyObject {
  /// Appends `data`.
  func write(_ data: Data) throws
  /// Replaces bytes already written at `offset` (a zip member's checksum and sizes, known
  /// only at its end).
  func patch(_ data: Data, at offset: Int) throws
}

/// A sink that may be read back from the start: the spool a `.qdpx` keeps its sources'
/// XML in until the project's other parts, which need every session, are known.
public protocol ExportSpool: ExportSink {
  /// Hands back everything written, in pieces, in order.
  func readBack(_ body: (Data) throws -> Void) throws
}

/// An `ExportSink` and `ExportSpool` in memory, for the tests and single-file exports.
public final class MemorySink: ExportSpool {
  /// Everything written so far.
  public private(set) var data = Data()

  public init() {}

  public func write(_ data: Data) { self.data.append(data) }

  public func patch(_ data: Data, at offset: Int) {
    self.data.replaceSubrange(offset..<offset + data.count, with: data)
  }

  public func readBack(_ body: (Data) throws -> Void) throws { try body(data) }
}

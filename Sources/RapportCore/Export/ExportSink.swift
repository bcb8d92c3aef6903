import Foundation

/// Where a streaming export writes its bytes: a file in the command, memory in the tests.
///
/// Streaming is what keeps `export --all` flat in memory: a study's `.qdpx` and CSVs are
/// written as the sessions are read, never held whole (the core does no I/O itself).
public protocol ExportSink: AnyObject {
  /// Appends `data`.
  func write(_ data: Data) throws
}

/// A sink that may be read back: the spool a `.qdpx` keeps its sources' XML in until the
/// project's other parts, which need every session, are known.
public protocol ExportSpool: ExportSink {
  /// How many bytes were written.
  var count: Int { get }
  /// Up to `count` of the bytes written, from `offset`.
  func read(at offset: Int, count: Int) throws -> Data
}

/// An `ExportSink` and `ExportSpool` in memory, for the tests and single-file exports.
public final class MemorySink: ExportSpool {
  /// Everything written so far.
  public private(set) var data = Data()

  public init() {}

  public func write(_ data: Data) { self.data.append(data) }

  public var count: Int { data.count }

  public func read(at offset: Int, count: Int) -> Data {
    data.subdata(in: min(offset, data.count)..<min(data.count, offset + count))
  }
}

import Foundation

/// A zip archive built in memory with STORED (uncompressed) members.
///
/// Word documents and REFI-QDA projects are zip files. Storing without compression keeps
/// this to one small, dependency-free type (no zlib, no file I/O in the core); every
/// reader must accept method 0. Names are UTF-8 (flag bit 11). A `.docx` is small and
/// built here; a study's `.qdpx` streams through `ZipWriter`, which writes the same bytes.
/// Checked in the tests by Python's `zipfile` and `unzip -t`.
public struct ZipArchive: Sendable {
  private var body = Data()
  private var central = Data()
  private var count = 0
  private let stamp: ZipFormat.Stamp

  /// `modified` is stamped on every member (zip times are local, 2-second, from 1980).
  public init(modified: Date) {
    stamp = ZipFormat.Stamp(modified)
  }

  /// Appends a member; `name` uses `/` between folders.
  public mutating func add(_ name: String, _ data: Data) throws(ExportError) {
    guard data.count < Int(UInt32.max), body.count < Int(UInt32.max), count < 0xFFFF else {
      throw .archiveTooLarge(member: name)
    }
    let nameBytes = Data(name.utf8)
    let crc = CRC32.checksum(data)
    let offset = UInt32(body.count)
    body.append(
      ZipFormat.localHeader(name: nameBytes, stamp: stamp, crc: crc, size: UInt32(data.count)))
    body.append(data)
    central.append(
      ZipFormat.centralHeader(
        name: nameBytes, stamp: stamp, crc: crc, size: UInt32(data.count), offset: offset))
    count += 1
  }

  /// The finished archive.
  public var data: Data {
    var out = body
    out.append(central)
    out.append(
      ZipFormat.end(count: count, directorySize: central.count, directoryOffset: body.count))
    return out
  }
}

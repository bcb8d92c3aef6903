import Foundation

/// A zip archive written as it goes to an `ExportSink`, with STORED members, holding only
/// each member's name, checksum, size and offset for the central directory.
///
/// The bytes are those of `ZipArchive` (one format, `ZipFormat`); a member streamed in
/// pieces gets its checksum and sizes patched into its local header when it ends.
public struct ZipWriter {
  private let sink: any ExportSink
  private let stamp: ZipFormat.Stamp
  private var offset = 0
  private var central = Data()
  private var count = 0
  private var open: (name: Data, offset: Int, crc: UInt32, size: Int)?

  /// `modified` is stamped on every member.
  public init(sink: any ExportSink, modified: Date) {
    self.sink = sink
    self.stamp = ZipFormat.Stamp(modified)
  }

  /// Writes a whole member; `name` uses `/` between folders.
  public mutating func add(_ name: String, _ data: Data) throws {
    try begin(name)
    try append(data)
    try end()
  }

  /// Starts a member whose bytes follow in `append` calls, until `end`.
  public mutating func begin(_ name: String) throws {
    guard offset < Int(UInt32.max), count < 0xFFFF else {
      throw ExportError.archiveTooLarge(member: name)
    }
    let nameBytes = Data(name.utf8)
    open = (nameBytes, offset, 0xFFFF_FFFF, 0)
    try put(ZipFormat.localHeader(name: nameBytes, stamp: stamp, crc: 0, size: 0))
  }

  /// Appends bytes to the member begun last.
  public mutating func append(_ data: Data) throws {
    guard var member = open else { return }
    member.crc = CRC32.update(member.crc, data)
    member.size += data.count
    open = member
    try put(data)
  }

  /// Ends the member begun last, patching its local header.
  public mutating func end() throws {
    guard let member = open else { return }
    open = nil
    let name = String(decoding: member.name, as: UTF8.self)
    guard member.size < Int(UInt32.max) else { throw ExportError.archiveTooLarge(member: name) }
    let crc = member.crc ^ 0xFFFF_FFFF
    let header = ZipFormat.localHeader(
      name: member.name, stamp: stamp, crc: crc, size: UInt32(member.size))
    try sink.patch(header, at: member.offset)
    central.append(
      ZipFormat.centralHeader(
        name: member.name, stamp: stamp, crc: crc, size: UInt32(member.size),
        offset: UInt32(member.offset)))
    count += 1
  }

  /// Writes the central directory; nothing may be added after.
  public mutating func finish() throws {
    let directory = central
    central = Data()
    let start = offset
    try put(directory)
    try put(ZipFormat.end(count: count, directorySize: directory.count, directoryOffset: start))
  }

  private mutating func put(_ data: Data) throws {
    try sink.write(data)
    offset += data.count
  }
}

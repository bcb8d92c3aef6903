import Foundation
import ZIPFoundation

/// A zip file (a `.docx`, a `.qdpx`) written with ZIPFoundation: members DEFLATE-compressed
/// (or stored, for recordings, which do not shrink), every one stamped with the same time
/// and mode, so exporting the same sessions again gives the same bytes.
///
/// The core does no I/O: `inMemory` keeps the zip in memory (a Word document, the tests),
/// and the command hands in an `Archive` over a file it created itself, so a study's project
/// and its recordings stream to disk instead of being held.
public final class ZipPackage {
  private var archive: Archive?
  private let modified: Date

  /// Members are stamped `modified` (zip times are 2-second, read as UTC here) and `0644`.
  public init(archive: Archive, modified: Date) {
    self.archive = archive
    self.modified = modified
  }

  /// A new, empty zip held in memory.
  public static func inMemory(modified: Date) throws(ExportError) -> ZipPackage {
    do {
      return ZipPackage(archive: try Archive(accessMode: .create), modified: modified)
    } catch {
      throw .archiveFailed(member: "")
    }
  }

  /// The bytes of an empty zip (its end record alone), for a file about to become one.
  public static func emptyArchive() throws(ExportError) -> Data {
    try inMemory(modified: Date(timeIntervalSince1970: 0)).finish() ?? Data()
  }

  /// Adds a member, compressed; `name` uses `/` between folders.
  public func add(_ name: String, _ data: Data) throws(ExportError) {
    do {
      try add(name, size: data.count, compressed: true) { offset, count in
        let start = data.startIndex + offset
        return Data(data[start..<min(data.endIndex, start + count)])
      }
    } catch let error as ExportError {
      throw error
    } catch {
      throw .archiveFailed(member: name)
    }
  }

  /// Adds a member of `size` bytes read piece by piece from `read(offset, count)`, so a
  /// large member (a recording, a study's `project.qde`) is never held whole. An error
  /// `read` throws comes out as it is; the zip's own are `ExportError.archiveFailed`.
  public func add(
    _ name: String, size: Int, compressed: Bool, read: (_ offset: Int, _ count: Int) throws -> Data
  ) throws {
    guard let archive else { throw ExportError.archiveFailed(member: name) }
    var readError: (any Error)?
    do {
      try archive.addEntry(
        with: name, type: .file, uncompressedSize: Int64(size), modificationDate: modified,
        permissions: 0o644, compressionMethod: compressed ? .deflate : .none,
        bufferSize: Self.buffer(for: size)
      ) { position, count in
        do { return try read(Int(position), count) } catch {
          readError = error
          throw error
        }
      }
    } catch {
      throw readError ?? ExportError.archiveFailed(member: name)
    }
  }

  /// Ends the zip (nothing may be added after) and returns its bytes when held in memory.
  @discardableResult
  public func finish() -> Data? {
    defer { archive = nil }
    return archive?.data
  }

  private static let chunk = 1 << 16

  /// The read and compression buffer for a member of `size` bytes: the member's size up to
  /// `chunk` (ZIPFoundation zeroes a buffer of this size for every member, and most parts
  /// of a Word document are a few hundred bytes); the bytes written are the same.
  private static func buffer(for size: Int) -> Int {
    min(chunk, max(size, 4096))
  }
}

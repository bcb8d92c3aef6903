import Foundation
import RapportCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a journal's new lines as another process appends them, like `tail -f`.
///
/// Only complete lines are returned: a partial last line is a failed write its writer is
/// settling (a line is written whole by one `write`) and is kept until its newline arrives. A follower never truncates or repairs the file it follows. On Linux it waits on
/// inotify, so a new line is seen within milliseconds; elsewhere, or when inotify is not
/// available, callers poll it every `fallbackInterval` milliseconds.
public final class JournalFollower {
  /// What one read found.
  public struct Batch: Equatable, Sendable {
    /// The entries of the complete lines appended since the last read, in file order.
    public var entries: [JournalEntry] = []
    /// Complete lines that are not journal entries (damage, never a write in flight).
    public var damagedLines = 0

    public init(entries: [JournalEntry] = [], damagedLines: Int = 0) {
      self.entries = entries
      self.damagedLines = damagedLines
    }
  }

  /// The journal followed.
  public let path: String
  /// Bytes of complete lines read so far: where the next line starts.
  public private(set) var offset: Int
  private let descriptor: Int32
  private let watch: FileWatch?
  private weak var own: JournalFile?

  /// How long callers wait at most between reads, in milliseconds: a safety net with
  /// inotify (network file systems do not report changes), the pace without it.
  public var timeoutMilliseconds: Int32 { watch == nil ? Self.fallbackInterval : 1000 }

  /// Polling pace without inotify.
  public static let fallbackInterval: Int32 = 100

  /// Starts following `path` at byte `offset` (the end of what the caller already read).
  ///
  /// `own`: this process's journal file for the same journal, whose lines the follower
  /// skips instead of reading them back (they were folded when written).
  public init(
    path: String, from offset: Int, useNotifications: Bool = true, skipping own: JournalFile? = nil
  ) throws(StorageError) {
    self.path = path
    self.offset = offset
    descriptor = try SessionFile.open(path, O_RDONLY)
    watch = useNotifications ? FileWatch(path: path) : nil
    self.own = own
    own?.tracksOwnSpans = true
  }

  deinit { close(descriptor) }

  /// A descriptor that becomes readable when the journal changes, for `poll`; nil when the
  /// caller must rely on `timeoutMilliseconds` alone.
  public var waitDescriptor: Int32? { watch?.descriptor }

  /// Whether changes are reported by the kernel (inotify) rather than found by polling.
  public var usesNotifications: Bool { watch != nil }

  /// Reads whatever complete lines were appended since the last call.
  ///
  /// The bytes after the last complete line are read again each time rather than kept:
  /// if `rapport resume` set a torn tail aside meanwhile, what follows is read afresh.
  public func readNew() -> Batch {
    watch?.drain()
    // Taken before the size, so every span is inside what the size covers.
    let spans = own?.takeOwnSpans() ?? []
    var info = stat()
    let size = fstat(descriptor, &info) == 0 ? Int(info.st_size) : nil
    if let size, size < offset { offset = size }
    if let size {
      // This process's own lines, right where the last read ended: nothing to read back.
      for span in spans where span.lowerBound == offset && span.upperBound <= size {
        offset = span.upperBound
      }
      guard size > offset else { return Batch() }
    }
    var pending = Data()
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while size.map({ offset + pending.count < $0 }) ?? true {
      let count = pread(descriptor, &buffer, buffer.count, off_t(offset + pending.count))
      guard count > 0 else { break }
      pending.append(contentsOf: buffer[0..<count])
    }
    guard let lastNewline = pending.lastIndex(of: 0x0A) else { return Batch() }
    let complete = pending[pending.startIndex...lastNewline]
    let read = JournalCodec.decode(Data(complete))
    offset += complete.count
    // Every line handed to the codec is complete: what does not read is damage (or an event
    // of a newer rapport), never a write in flight.
    return Batch(
      entries: read.entries, damagedLines: read.damagedLines.count + read.unknownEvents.count)
  }
}

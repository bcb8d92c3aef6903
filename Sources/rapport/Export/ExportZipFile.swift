import ArgumentParser
import Foundation
import RapportCore
import ZIPFoundation

#if canImport(Glibc)
  import Glibc
#endif

/// A study's `.qdpx`, written by ZIPFoundation straight into its file as the sessions come,
/// recordings included, so neither the project nor a copied recording is held in memory.
///
/// The file is created as every export file is (`ExportWriter.stream`: 0600,
/// `O_EXCL | O_NOFOLLOW`, a temporary file renamed into place under `--force`) and starts as
/// an empty zip; ZIPFoundation then opens it again through `/dev/fd/N`, the open file
/// itself, never a path that could have been swapped for a link in between.
final class ExportZipFile {
  let zip: ZipPackage
  private let stream: ExportStream

  init(stream: ExportStream, modified: Date) throws {
    self.stream = stream
    try stream.write(try ZipPackage.emptyArchive())
    do {
      let archive = try stream.withDescriptor { fd in
        try Archive(url: URL(fileURLWithPath: "/dev/fd/\(fd)"), accessMode: .update)
      }
      zip = ZipPackage(archive: archive, modified: modified)
    } catch {
      try stream.fail(because: "the zip library cannot open it")
    }
  }

  /// Runs `body` on the zip; if it fails (the disk, a recording that cannot be read), the
  /// unfinished file is removed and the reason said.
  func writing<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let code as ExitCode {
      // Said already (a recording refused): only the unfinished file is left to remove.
      zip.finish()
      stream.abandon()
      throw code
    } catch {
      zip.finish()
      try stream.fail(because: error.localizedDescription)
    }
  }

  /// Ends the zip and closes (under `--force`, renames) the file.
  func close() throws {
    zip.finish()
    try stream.close()
  }

  /// Keeps freed memory for the next zip member instead of handing it back to the kernel.
  ///
  /// zlib allocates and frees about 270 KB of state per member; glibc would give the top of
  /// the heap back after each free and fault it in again: 250,000 page faults for 1,000
  /// `.docx` files, against about 1,000 with this. Setting the trim threshold also fixes
  /// glibc's threshold for `mmap` at 128 KiB, just under zlib's 132 KiB hash table, which
  /// would then be mapped and unmapped (and faulted in) for every member: that threshold
  /// is raised to 1 MiB. Call once, before exporting.
  static func keepFreedMemory() {
    #if canImport(Glibc)
      // glibc's `mallopt`, which Swift's Glibc module does not export; M_TRIM_THRESHOLD is
      // -1, M_MMAP_THRESHOLD -3.
      typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
      guard let symbol = dlsym(nil, "mallopt") else { return }
      let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
      _ = mallopt(-1, 8 << 20)
      _ = mallopt(-3, 1 << 20)
    #endif
  }
}

import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why a write failed, in the plain words an interviewer reads mid-interview.
public enum DiskFault {
  /// The reason of a short write: the disk took only part of the line.
  public static let shortWrite = "the disk is full (only part of the line could be written)"

  /// The reason for the C error `code`: common disk faults in plain words, others as the
  /// system names them.
  public static func reason(_ code: Int32) -> String {
    switch code {
    case ENOSPC: "the disk is full"
    case EFBIG: "the file has reached its size limit (ulimit -f)"
    case EIO: "the disk reported an input/output error"
    case EDQUOT: "the disk quota is used up"
    case EROFS: "the disk is read-only"
    default: String(cString: strerror(code))
    }
  }
}

extension StorageError {
  /// Why it failed, without the path: for a sentence such as "not saved: the disk is full".
  public var reason: String {
    switch self {
    case .cannotOpen(_, let reason), .cannotWrite(_, let reason), .cannotRead(_, let reason),
      .cannotCreateFolder(_, let reason):
      reason
    default: errorDescription ?? "unknown error"
    }
  }
}

import Foundation
import RapportCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension StudyLedgerFile {
  /// Erases `participant`'s kept screening answers from the ledger and records that they
  /// withdrew (`StudyLedgerErasure`), under the lock every writer of the ledger takes.
  ///
  /// The new ledger is written beside the old one, fsync'd, then renamed over it, so a
  /// crash or a full disk leaves the old ledger whole: it is never half rewritten.
  public func withdraw(
    _ participant: String, at stamp: String = StudyLedgerFile.stamp()
  ) throws -> StudyLedgerErasure.Outcome {
    try locked {
      switch SessionFile.kind(of: path) {
      case .missing: return .notInLedger
      case .symbolicLink: throw StorageError.symbolicLink(path: path, within: "responses folder")
      default: break
      }
      let fd = try SessionFile.open(path, O_RDONLY)
      let data: Data
      do {
        defer { close(fd) }
        data = try SessionFile.readAll(fd, path: path)
      }
      let outcome = StudyLedgerErasure.erase(participant, from: data, at: stamp)
      guard case .erased(let bytes, _) = outcome else { return outcome }
      try replace(with: bytes)
      return outcome
    }
  }

  /// Writes `bytes` to a new file in the folder and renames it over the ledger.
  private func replace(with bytes: Data) throws {
    let temporary = "\(root)/.\((path as NSString).lastPathComponent).withdrawal"
    // Left by a crash during an earlier withdrawal (we hold the lock): never a link.
    if SessionFile.kind(of: temporary) != .missing { unlink(temporary) }
    let fd = try SessionFile.create(temporary)
    let written = SessionFile.writeAll(fd, bytes) && fsync(fd) == 0
    let reason = SessionFile.lastError()
    close(fd)
    guard written else {
      unlink(temporary)
      throw StorageError.cannotWrite(path: path, reason: reason)
    }
    guard rename(temporary, path) == 0 else {
      let reason = SessionFile.lastError()
      unlink(temporary)
      throw StorageError.cannotWrite(path: path, reason: reason)
    }
    try SessionFile.syncFolder(root)
  }
}

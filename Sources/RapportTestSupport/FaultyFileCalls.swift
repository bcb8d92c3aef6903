import Foundation
import RapportCore
import RapportTerminal

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The real file calls, except those told to fail: the Nth call of a kind returns an error
/// (`ENOSPC`, `EIO`, `EFBIG`…) or, for `write`, writes only part of its bytes.
///
/// For tests that a failing disk at any call site never ends an interview nor damages what
/// was saved.
public final class FaultyFileCalls: FileSystemCalls {
  /// The kinds of call, one per method of `FileSystemCalls`.
  public enum Call: String, CaseIterable, Sendable {
    case open, close, write, pread, fsync, seek, flock, fstat, ftruncate, fchmod, rename, mkdir,
      unlink, rmdir
  }

  /// What a failing call does.
  public enum Fault: Equatable, Sendable, CustomStringConvertible {
    /// Returns -1 with this `errno`, doing nothing.
    case error(Int32)
    /// (`write` only) writes this many bytes of the buffer, at most, and returns the count.
    case shortWrite(Int)

    public var description: String {
      switch self {
      case .error(let code): "errno \(code)"
      case .shortWrite(let count): "short write of \(count) bytes"
      }
    }
  }

  private let real = SystemFileCalls.shared
  /// How many calls of each kind were made so far.
  public private(set) var counts: [Call: Int] = [:]
  private var planned: [Call: [Int: Fault]] = [:]
  private var always: [Call: Fault] = [:]
  private var afterward: [Call: [Int: () -> Void]] = [:]

  public init() {}

  /// Makes the `nth` call of `call` from now on (1 = the next one) fail with `fault`.
  public func fail(_ call: Call, nth: Int = 1, with fault: Fault) {
    planned[call, default: [:]][counts[call, default: 0] + nth] = fault
  }

  /// Makes every call of `call` from now on fail with `fault`, until `heal`.
  public func failAlways(_ call: Call, with fault: Fault) {
    always[call] = fault
  }

  /// Runs `action` right after the `nth` `write` or `fsync` from now on (1 = the next one):
  /// another writer appending at that very moment, before this one can react.
  public func after(_ call: Call, nth: Int = 1, run action: @escaping () -> Void) {
    afterward[call, default: [:]][counts[call, default: 0] + nth] = action
  }

  private func runAfterward(_ call: Call) {
    guard let action = afterward[call]?.removeValue(forKey: counts[call, default: 0]) else {
      return
    }
    let code = errno  // What the call left for its caller, not what the action did.
    action()
    errno = code
  }

  /// The disk is well again: no more faults.
  public func heal() {
    always.removeAll()
    planned.removeAll()
  }

  private func fault(_ call: Call) -> Fault? {
    counts[call, default: 0] += 1
    if let fault = always[call] { return fault }
    return planned[call]?.removeValue(forKey: counts[call, default: 0])
  }

  private func refuse(_ fault: Fault) -> Int32 {
    if case .error(let code) = fault { errno = code } else { errno = EIO }
    return -1
  }

  public func open(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
    if let fault = fault(.open) { return refuse(fault) }
    return real.open(path, flags, mode)
  }
  public func close(_ descriptor: Int32) -> Int32 {
    if let fault = fault(.close) {
      _ = real.close(descriptor)
      return refuse(fault)
    }
    return real.close(descriptor)
  }
  public func write(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    defer { runAfterward(.write) }
    switch fault(.write) {
    case .error(let code)?:
      errno = code
      return -1
    case .shortWrite(let part)?:
      return real.write(descriptor, buffer, min(part, count))
    case nil:
      return real.write(descriptor, buffer, count)
    }
  }
  public func pread(
    _ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int, _ at: off_t
  ) -> Int {
    if let fault = fault(.pread) { return Int(refuse(fault)) }
    return real.pread(descriptor, buffer, count, at)
  }
  public func fsync(_ descriptor: Int32) -> Int32 {
    defer { runAfterward(.fsync) }
    if let fault = fault(.fsync) { return refuse(fault) }
    return real.fsync(descriptor)
  }
  public func seek(_ descriptor: Int32, _ offset: off_t, _ whence: Int32) -> off_t {
    if let fault = fault(.seek) { return off_t(refuse(fault)) }
    return real.seek(descriptor, offset, whence)
  }
  public func flock(_ descriptor: Int32, _ operation: Int32) -> Int32 {
    // Unlocking always works: a lock left held would only hide the fault under test.
    if operation & LOCK_UN == 0, let fault = fault(.flock) { return refuse(fault) }
    return real.flock(descriptor, operation)
  }
  public func fstat(_ descriptor: Int32, _ info: inout stat) -> Int32 {
    if let fault = fault(.fstat) { return refuse(fault) }
    return real.fstat(descriptor, &info)
  }
  public func ftruncate(_ descriptor: Int32, _ length: off_t) -> Int32 {
    if let fault = fault(.ftruncate) { return refuse(fault) }
    return real.ftruncate(descriptor, length)
  }
  public func fchmod(_ descriptor: Int32, _ mode: mode_t) -> Int32 {
    if let fault = fault(.fchmod) { return refuse(fault) }
    return real.fchmod(descriptor, mode)
  }
  public func rename(_ from: String, _ to: String) -> Int32 {
    if let fault = fault(.rename) { return refuse(fault) }
    return real.rename(from, to)
  }
  public func mkdir(_ path: String, _ mode: mode_t) -> Int32 {
    if let fault = fault(.mkdir) { return refuse(fault) }
    return real.mkdir(path, mode)
  }
  public func unlink(_ path: String) -> Int32 {
    if let fault = fault(.unlink) { return refuse(fault) }
    return real.unlink(path)
  }
  public func rmdir(_ path: String) -> Int32 {
    if let fault = fault(.rmdir) { return refuse(fault) }
    return real.rmdir(path)
  }
}

/// A journal in memory whose appends fail while `failing` is set: the runner's tests of a
/// disk that fills up and frees again.
public final class FailingJournal: JournalAppending {
  public private(set) var lines: [Data] = []
  /// The error every append throws now; nil when the "disk" takes lines again.
  public var failing: StorageError?
  /// Appends refused so far.
  public private(set) var refused = 0

  public init() {}

  public func append(_ line: Data) throws(StorageError) {
    if let failing {
      refused += 1
      throw failing
    }
    lines.append(line)
  }

  /// The entries appended so far, decoded as a reader of the file would.
  public var entries: [JournalEntry] {
    JournalCodec.decode(lines.reduce(Data(), +)).entries
  }
}

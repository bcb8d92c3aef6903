import Foundation

/// Finds the built `rapport` executable, so end-to-end tests run the real thing.
public enum RapportBinary {
  /// The package's top folder (where `Package.swift` is).
  public static var packageRoot: URL { ShippedProtocols.packageRoot }

  /// A shipped protocol file's path by name, e.g. `belonging-interview.yaml`.
  public static func shippedProtocol(_ name: String) -> String {
    ShippedProtocols.url(name).path
  }

  /// The `rapport` next to the test bundle (the same build), else `.build/debug/rapport`.
  public static var path: String {
    let candidates = [
      Bundle.main.executableURL?.deletingLastPathComponent(),
      Bundle.main.bundleURL.deletingLastPathComponent(),
      ShippedProtocols.packageRoot.appendingPathComponent(".build/debug"),
    ].compactMap { $0?.appendingPathComponent("rapport").path }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
      ?? candidates[candidates.count - 1]
  }

}

/// A fresh private folder for one test's sessions, removed when the test is done.
public final class TemporaryFolder {
  public let path: String

  public init() {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent(
      "rapport-test-\(UUID().uuidString)")
    // Private, as the responses folders made in it must be (rapport tightens others, warning).
    try? FileManager.default.createDirectory(
      at: base, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    path = base.path
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }
}

/// The result of running a program to completion.
public struct ProcessResult: Sendable {
  public var status: Int32
  public var stdout: String
  public var stderr: String
}

/// Runs `executable` with `arguments`, feeding `input` on standard input (not a terminal).
public func runProcess(
  _ executable: String, _ arguments: [String], input: String = "",
  environment: [String: String] = [:]
) throws -> ProcessResult {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: executable)
  process.arguments = arguments
  var env = ProcessInfo.processInfo.environment
  for (key, value) in environment { env[key] = value }
  process.environment = env
  let stdin = Pipe()
  let stdout = Pipe()
  let stderr = Pipe()
  process.standardInput = stdin
  process.standardOutput = stdout
  process.standardError = stderr
  try process.run()
  // Read both pipes while the program runs, so a large output cannot block it.
  let group = DispatchGroup()
  nonisolated(unsafe) var out = Data()
  nonisolated(unsafe) var err = Data()
  DispatchQueue.global().async(group: group) {
    out = stdout.fileHandleForReading.readDataToEndOfFile()
  }
  DispatchQueue.global().async(group: group) {
    err = stderr.fileHandleForReading.readDataToEndOfFile()
  }
  stdin.fileHandleForWriting.write(Data(input.utf8))
  try? stdin.fileHandleForWriting.close()
  process.waitUntilExit()
  group.wait()
  return ProcessResult(
    status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
    stderr: String(decoding: err, as: UTF8.self))
}

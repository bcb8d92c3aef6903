import ArgumentParser
import Foundation
import RapportCore
import RapportTerminal

/// Reads and checks a protocol file for the commands that use one (run, render),
/// printing its diagnostics the way `rapport lint` does.
struct ProtocolInput {
  var protocolValue: InterviewProtocol
  var text: String
  var path: String

  /// Loads and lints `path`; prints problems to stderr and exits 1 when there are errors.
  static func load(_ path: String) throws -> ProtocolInput {
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      printError("\(path):1:1: error: cannot read '\(path)': \(Self.reason(for: path))")
      throw ExitCode(1)
    }
    let result = ProtocolChecker.check(data: data, path: path)
    let errors = result.diagnostics.filter { $0.severity == .error }
    for diagnostic in result.diagnostics where diagnostic.severity == .error {
      printError(diagnostic.compilerForm)
    }
    guard errors.isEmpty, let value = result.protocol,
      let text = String(data: data, encoding: .utf8)
    else {
      printError("'\(path)' has \(errors.count) error(s); fix them (see 'rapport lint') first.")
      throw ExitCode(1)
    }
    return ProtocolInput(protocolValue: value, text: text, path: path)
  }

  private static func reason(for path: String) -> String {
    var isFolder: ObjCBool = false
    if !FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
      return "no such file"
    }
    return isFolder.boolValue ? "it is a folder" : "permission denied"
  }
}

/// Writes one line to standard error.
func printError(_ line: String) {
  FileHandle.standardError.write(Data((line + "\n").utf8))
}

import ArgumentParser
import Foundation
import RapportCore
import RapportTerminal

/// Reads and checks a protocol file for the commands that use one (run, render),
/// printing its errors the way `rapport lint` does.
struct ProtocolInput {
  var protocolValue: InterviewProtocol
  var text: String
  var path: String

  /// Loads and lints `path`; prints problems to stderr and exits 1 when there are errors.
  static func load(_ path: String) throws -> ProtocolInput {
    let data = try bytes(of: path)
    let result = Linter.check(data: data, path: path)
    let errors = result.diagnostics.filter { $0.severity == .error }
    guard errors.isEmpty, let value = result.protocol,
      let text = String(data: data, encoding: .utf8)
    else {
      errors.forEach { StandardError.write($0.compilerForm) }
      StandardError.write(
        "'\(path)' has \(errors.count) error(s): fix them first (see 'rapport lint').")
      throw ExitCode(1)
    }
    return ProtocolInput(protocolValue: value, text: text, path: path)
  }

  /// The bytes of the protocol file at `path`, or exit 1 after its diagnostic (a folder,
  /// a file too large, not readable).
  static func bytes(of path: String) throws -> Data {
    switch ProtocolFile.contents(of: path) {
    case .unreadable(let diagnostic):
      StandardError.write(diagnostic.compilerForm)
      throw ExitCode(1)
    case .data(let bytes):
      return bytes
    }
  }
}

import ArgumentParser
import Foundation
import RapportCore

extension Rapport {
  /// Runs the command like ArgumentParser does, but exits 2 on usage errors (ArgumentParser
  /// uses 64), the code scripts and CI expect from Unix tools.
  ///
  /// Error messages echo arguments (an unknown option, a value), so they are printed made
  /// safe for the terminal, with overlong words cut (`TerminalText.message`).
  static func main() {
    // Past `ulimit -f` a write then fails with EFBIG, which the runner survives, instead of
    // the signal ending the process mid-interview.
    signal(SIGXFSZ, SIG_IGN)
    // `--version` alone needs no parsing: ArgumentParser would first reflect the root
    // command's arguments, two thirds of the start-up instructions (issue 10, start-up).
    if CommandLine.arguments.dropFirst() == ["--version"], let version = versionText {
      print(version)
      return
    }
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      let code = exitCode(for: error)
      guard code != .success else { exit(withError: error) }
      let message = fullMessage(for: error)
      if !message.isEmpty {
        FileHandle.standardError.write(Data((TerminalText.message(message) + "\n").utf8))
      }
      Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
    }
  }

  /// The version ArgumentParser prints for `--version`, or nil when the command has none.
  private static var versionText: String? {
    configuration.version.isEmpty ? nil : configuration.version
  }
}

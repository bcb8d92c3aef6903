import ArgumentParser
import Foundation

extension Rapport {
  /// Runs the command like ArgumentParser does, but exits 2 on usage errors (ArgumentParser
  /// uses 64), the code scripts and CI expect from Unix tools.
  static func main() {
    // Past `ulimit -f` a write then fails with EFBIG, which the runner survives, instead of
    // the signal ending the process mid-interview.
    signal(SIGXFSZ, SIG_IGN)
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      if exitCode(for: error) == .validationFailure {
        FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
        Foundation.exit(2)
      }
      exit(withError: error)
    }
  }
}

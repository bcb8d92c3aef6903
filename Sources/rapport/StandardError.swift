import ArgumentParser
import Foundation
import RapportCore

/// The one way the executable tells of a problem: one line on standard error, one prefix
/// (`error: `, `warning: `, `note: `), and exit status 1 for an error.
///
/// Standard output keeps the result. Every line is made safe for the terminal
/// (`TerminalText.message`): messages quote paths, ids and protocol text, and any of them may
/// hold escape sequences.
enum StandardError {
  /// Writes `text` as it is (diagnostics already in their `path:line:column:` form).
  static func write(_ text: String, terminator: String = "\n") {
    FileHandle.standardError.write(Data((TerminalText.message(text) + terminator).utf8))
  }

  static func warning(_ message: String) { write("warning: " + message) }

  static func note(_ message: String) { write("note: " + message) }

  /// Says `message` as an error and stops the command with exit status 1 (2: the
  /// command line itself was wrong).
  static func fail(_ message: String, status: Int32 = 1) throws -> Never {
    write("error: " + message)
    throw ExitCode(status)
  }

  /// Runs `body`; an error it throws is said (its `localizedDescription`) and exits 1.
  ///
  /// An `ExitCode` passes through: it was said already.
  static func failing<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let code as ExitCode {
      throw code
    } catch {
      try fail(error.localizedDescription)
    }
  }
}

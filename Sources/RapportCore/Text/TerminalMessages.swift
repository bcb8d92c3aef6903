import Foundation

/// Lines for a terminal, each made safe (`TerminalText.message`) as it is set.
///
/// A decision's feedback often echoes what was typed (`unknown command '/…'`, an answer);
/// wrapped in this, it is neutralised once, where it is set, and every runner prints it
/// as it is.
@propertyWrapper
public struct TerminalMessages: Equatable, Sendable {
  private var lines: [String]

  public init(wrappedValue: [String]) {
    lines = wrappedValue.map(TerminalText.message)
  }

  public var wrappedValue: [String] {
    get { lines }
    set { lines = newValue.map(TerminalText.message) }
  }
}

import Foundation

/// What `Tests/Validators/spss_check.py` prints of a `.sav` that GNU PSPP wrote from a
/// `labelled` export (read by pyreadstat): the variables with their labels, formats and
/// missing codes, and the rows. One decoding for the core and end-to-end tests.
public enum PSPPReadBack {
  public struct Variable: Decodable, Equatable, Sendable {
    public var name: String
    public var label: String?
    public var format: String
    public var valueLabels: [String: String]
    public var missing: [String]
  }

  public struct File: Decodable, Sendable {
    public var variables: [Variable]
    public var rows: [[Cell]]
  }

  /// A value pyreadstat read: a number, a text, or nothing.
  public enum Cell: Decodable, Equatable, Sendable {
    case number(Double), text(String), none

    public init(from decoder: Decoder) throws {
      let container = try decoder.singleValueContainer()
      if container.decodeNil() {
        self = .none
      } else if let number = try? container.decode(Double.self) {
        self = .number(number)
      } else {
        self = .text(try container.decode(String.self))
      }
    }
  }
}

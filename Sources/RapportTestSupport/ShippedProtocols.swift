import Foundation
import RapportCore

/// The repository's shipped protocols, for tests that load, lint or render them.
public enum ShippedProtocols {
  /// The repository's top folder, found from this file's place in `Sources/RapportTestSupport`.
  public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// Every protocol file name in `Protocols/`.
  public static let names = ["belonging-interview.yaml", "eligibility-screening.yaml"]

  /// A shipped protocol's file, e.g. `belonging-interview.yaml`.
  public static func url(_ name: String) -> URL {
    packageRoot.appendingPathComponent("Protocols").appendingPathComponent(name)
  }

  /// Loads a shipped protocol the way `rapport lint` does, with the path relative to the root.
  public static func load(_ name: String) throws -> ProtocolLoadResult {
    let data = try Data(contentsOf: url(name))
    return ProtocolLoader.load(data: data, path: "Protocols/\(name)")
  }
}

// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "Rapport",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "rapport", targets: ["rapport"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
    /// Zip files (`.docx`, `.qdpx`), DEFLATE-compressed; on Linux it needs zlib's headers
    /// (`zlib1g-dev`, installed by scripts/bootstrap).
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
  ],
  targets: [
    /// The domain: protocol model, lint, expressions, session logic, journal format, exports. No I/O.
    .target(
      name: "RapportCore",
      dependencies: [
        .product(name: "Yams", package: "Yams"),
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),
    /// GNU readline, linked through pkg-config.
    .systemLibrary(
      name: "CReadline",
      pkgConfig: "readline",
      providers: [.apt(["libreadline-dev"])]
    ),
    /// The terminal and file-system layer: line readers, TTY, journal files.
    .target(
      name: "RapportTerminal",
      dependencies: ["RapportCore", "CReadline"]
    ),
    /// The `rapport` command: argument parsing and wiring only.
    .executableTarget(
      name: "rapport",
      dependencies: [
        "RapportCore",
        "RapportTerminal",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      /// The release binary carries the Swift runtime and Foundation inside it: the dynamic
      /// loader then resolves a few hundred symbols at start instead of tens of thousands
      /// (issue 10, start-up). Debug builds, which the tests use, stay dynamic.
      /// The compiler flag too: it makes Foundation's module name the static libraries it needs.
      swiftSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))],
      linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]
    ),
    /// Fakes, fixtures and a pseudo-terminal driver shared by the test targets.
    .target(
      name: "RapportTestSupport",
      dependencies: ["RapportCore", "RapportTerminal"]
    ),
    .testTarget(
      name: "RapportCoreTests",
      dependencies: [
        "RapportCore", "RapportTestSupport", .product(name: "Yams", package: "Yams"),
      ],
      resources: [.copy("Corpus")]
    ),
    .testTarget(
      name: "RapportTerminalTests",
      dependencies: ["RapportCore", "RapportTerminal", "RapportTestSupport"]
    ),
    .testTarget(
      name: "RapportEndToEndTests",
      dependencies: ["RapportCore", "RapportTestSupport"]
    ),
  ],
  swiftLanguageModes: [.v6]
)

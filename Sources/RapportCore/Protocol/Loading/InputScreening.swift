import Foundation

/// Rejects bytes that cannot be a protocol before any YAML parsing starts, so that huge,
/// binary or mis-encoded files give one clear message instead of a parser error or a hang.
enum InputScreening {
  /// The largest protocol file read; real protocols are a few kilobytes. Loading and linting
  /// peak at about 8 times the file's size in memory (144 MB for a 16.8 MB file of 100,000
  /// steps, 268 MB for 33.4 MB just under this limit; see docs/performance-history.md), so
  /// 32 MiB stays under about 300 MB on any machine that runs an interview. The limit stays
  /// 32 MiB although memory would now allow more: no protocol comes near it, and a lower
  /// bound keeps hostile input cheap; the 32-bit offsets of `YAMLTree` would allow far more.
  static let maximumBytes = 32 * 1024 * 1024

  enum Outcome {
    /// The file is UTF-8 text from this byte on: 3 past a byte order mark, else 0. The
    /// bytes are not copied; the caller reads them where they are.
    case text(offset: Int)
    case rejected(Diagnostic)
  }

  /// Where the file's text starts, or the one diagnostic explaining why it cannot be read
  /// as text.
  static func text(of data: Data, path: String) -> Outcome {
    if data.count > maximumBytes {
      return .rejected(
        Diagnostic.error(
          "file-too-large",
          "file is larger than \(maximumBytes / (1024 * 1024)) MiB, the limit for a protocol file",
          at: SourceLocation(file: path, line: 1, column: 1)))
    }
    return data.withUnsafeBytes { text(of: $0.assumingMemoryBound(to: UInt8.self), path: path) }
  }

  private static func text(of bytes: UnsafeBufferPointer<UInt8>, path: String) -> Outcome {
    let start = SourceLocation(file: path, line: 1, column: 1)
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
      return .rejected(Diagnostic.error("empty-file", "file is empty", at: start))
    }
    if let base = bytes.baseAddress, let nul = memchr(base, 0, bytes.count) {
      let offset = base.distance(to: nul.assumingMemoryBound(to: UInt8.self))
      return .rejected(
        Diagnostic.error(
          "binary-file", "file looks binary (it contains a NUL byte); a protocol is YAML text",
          at: location(ofByte: offset, in: bytes, path: path)))
    }
    if let offset = firstInvalidUTF8(in: bytes) {
      let byte = String(format: "0x%02x", bytes[offset])
      return .rejected(
        Diagnostic.error(
          "not-utf8", "file is not UTF-8 text (byte \(byte) here); save it as UTF-8",
          at: location(ofByte: offset, in: bytes, path: path)))
    }
    // A byte order mark is dropped when it is a character of its own (as `String` sees it).
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]),
      String(decoding: bytes.prefix(64), as: UTF8.self).hasPrefix("\u{FEFF}")
    {
      return .text(offset: 3)
    }
    return .text(offset: 0)
  }

  /// Line and column (in Unicode scalars, as libyaml counts them) of a byte offset.
  static func location(
    ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>, path: String
  ) -> SourceLocation {
    var line = 1
    var column = 1
    for byte in bytes[..<offset] {
      if byte == 0x0A {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }
    return SourceLocation(file: path, line: line, column: column)
  }

  /// The offset of the first byte that breaks UTF-8 in an array (tests).
  static func firstInvalidUTF8(in bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { firstInvalidUTF8(in: $0) }
  }

  /// The offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, no surrogates).
  static func firstInvalidUTF8(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var index = 0
    let count = bytes.count
    guard let base = UnsafeRawPointer(bytes.baseAddress) else { return nil }
    while index < count {
      // Eight ASCII bytes at a time: protocols are mostly ASCII.
      while index + 8 <= count,
        base.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
      {
        index += 8
      }
      guard index < count else { break }
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      let length: Int
      var lower: UInt8 = 0x80
      var upper: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0: (length, lower) = (3, 0xA0)
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED: (length, upper) = (3, 0x9F)
      case 0xF0: (length, lower) = (4, 0x90)
      case 0xF1...0xF3: length = 4
      case 0xF4: (length, upper) = (4, 0x8F)
      default: return index
      }
      for position in 1..<length {
        guard index + position < count else { return index }
        let byte = bytes[index + position]
        let (low, high) = position == 1 ? (lower, upper) : (UInt8(0x80), UInt8(0xBF))
        guard byte >= low, byte <= high else { return index }
      }
      index += length
    }
    return nil
  }
}

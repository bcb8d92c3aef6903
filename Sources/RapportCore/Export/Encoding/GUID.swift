import Crypto
import Foundation

/// Name-based GUIDs (SHA-256 of the name, shaped as a version-5-style UUID), so exporting
/// the same sessions again gives the same project.
enum GUID {
  private static let hexDigits = Array("0123456789abcdef".utf8)

  static func make(_ parts: String...) -> String { make(parts) }

  static func make(_ parts: [String]) -> String {
    var name = "rapport\u{1F}"
    for (index, part) in parts.enumerated() {
      if index > 0 { name += "\u{1F}" }
      name += part
    }
    let digest = SHA256.hash(data: Data(name.utf8))
    // The first 16 bytes as 32 hex digits, with digit 12 the version (5) and digit 16 the
    // variant (8, 9, a or b), dashed 8-4-4-4-12.
    var out: [UInt8] = []
    out.reserveCapacity(36)
    for (index, byte) in digest.prefix(16).enumerated() {
      if index == 4 || index == 6 || index == 8 || index == 10 { out.append(UInt8(ascii: "-")) }
      var high = hexDigits[Int(byte >> 4)]
      let low = hexDigits[Int(byte & 0x0f)]
      if index == 6 { high = UInt8(ascii: "5") }
      if index == 8 { high = hexDigits[8 + Int(byte >> 4) & 3] }
      out.append(high)
      out.append(low)
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// GUIDs of names used again and again (a code per selection, a user per source): one
  /// hash per name.
  struct Cache {
    private var known: [[String]: String] = [:]

    mutating func make(_ parts: String...) -> String {
      if let guid = known[parts] { return guid }
      let guid = GUID.make(parts)
      known[parts] = guid
      return guid
    }
  }
}

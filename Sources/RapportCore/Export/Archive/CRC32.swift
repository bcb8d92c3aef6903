import Foundation

/// CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320), the checksum zip members carry.
enum CRC32 {
  private static let table: [UInt32] = (0..<256).map { index in
    var value = UInt32(index)
    for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
    return value
  }

  static func checksum(_ data: Data) -> UInt32 {
    update(0xFFFF_FFFF, data) ^ 0xFFFF_FFFF
  }

  /// Folds `data` into a running checksum (start at `0xFFFF_FFFF`, finish with `^ 0xFFFF_FFFF`).
  static func update(_ running: UInt32, _ data: Data) -> UInt32 {
    var crc = running
    table.withUnsafeBufferPointer { table in
      data.withUnsafeBytes { buffer in
        for byte in buffer { crc = table[Int((crc ^ UInt32(byte)) & 0xff)] ^ (crc >> 8) }
      }
    }
    return crc
  }
}

import Foundation

/// A zip archive built in memory with STORED (uncompressed) members.
///
/// Word documents and REFI-QDA projects are zip files. Storing without compression keeps
/// this to one small, dependency-free type (no zlib, no file I/O in the core); every
/// reader must accept method 0, and the exports are small. Names are UTF-8 (flag bit 11).
/// Checked in the tests by Python's `zipfile` and `unzip -t`.
public struct ZipArchive: Sendable {
  private var body = Data()
  private var central = Data()
  private var count = 0
  private let dosTime: UInt16
  private let dosDate: UInt16

  /// `modified` is stamped on every member (zip times are local, 2-second, from 1980).
  public init(modified: Date) {
    let seconds = max(315_532_800, Int(modified.timeIntervalSince1970))  // 1980-01-01
    let days = seconds / 86_400
    let (year, month, day) = Self.civil(days)
    let secondOfDay = seconds % 86_400
    dosDate = UInt16((year - 1980) << 9 | month << 5 | day)
    dosTime = UInt16(
      (secondOfDay / 3600) << 11 | (secondOfDay / 60 % 60) << 5 | (secondOfDay % 60) / 2)
  }

  /// Appends a member; `name` uses `/` between folders.
  public mutating func add(_ name: String, _ data: Data) throws(ExportError) {
    guard data.count < Int(UInt32.max), body.count < Int(UInt32.max), count < 0xFFFF else {
      throw .archiveTooLarge(member: name)
    }
    let nameBytes = Data(name.utf8)
    let crc = CRC32.checksum(data)
    let offset = UInt32(body.count)
    var local = Data()
    local.le32(0x0403_4b50)
    local.le16(20)  // version needed: 2.0
    local.le16(0x0800)  // UTF-8 names
    local.le16(0)  // stored
    local.le16(dosTime)
    local.le16(dosDate)
    local.le32(crc)
    local.le32(UInt32(data.count))
    local.le32(UInt32(data.count))
    local.le16(UInt16(nameBytes.count))
    local.le16(0)
    body.append(local)
    body.append(nameBytes)
    body.append(data)

    central.le32(0x0201_4b50)
    central.le16(0x0314)  // made by: Unix, 2.0
    central.le16(20)
    central.le16(0x0800)
    central.le16(0)
    central.le16(dosTime)
    central.le16(dosDate)
    central.le32(crc)
    central.le32(UInt32(data.count))
    central.le32(UInt32(data.count))
    central.le16(UInt16(nameBytes.count))
    central.le16(0)  // extra
    central.le16(0)  // comment
    central.le16(0)  // disk
    central.le16(0)  // internal attributes
    central.le32(0o100644 << 16)  // external: a regular file, rw-r--r--
    central.le32(offset)
    central.append(nameBytes)
    count += 1
  }

  /// The finished archive.
  public var data: Data {
    var out = body
    out.append(central)
    out.le32(0x0605_4b50)
    out.le16(0)
    out.le16(0)
    out.le16(UInt16(count))
    out.le16(UInt16(count))
    out.le32(UInt32(central.count))
    out.le32(UInt32(body.count))
    out.le16(0)
    return out
  }

  private static func civil(_ days: Int) -> (Int, Int, Int) {
    let z = days + 719_468
    let era = z / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, doy - (153 * mp + 2) / 5 + 1)
  }
}

extension Data {
  fileprivate mutating func le16(_ value: UInt16) {
    append(UInt8(value & 0xff))
    append(UInt8(value >> 8))
  }

  fileprivate mutating func le32(_ value: UInt32) {
    for shift in stride(from: 0, to: 32, by: 8) { append(UInt8((value >> UInt32(shift)) & 0xff)) }
  }
}

import Foundation

/// The bytes of a zip file's records (local header, central header, end of directory) for
/// STORED members with UTF-8 names: the one spelling `ZipArchive` and `ZipWriter` share.
enum ZipFormat {
  /// A member's modification time in DOS form (local, 2-second, from 1980).
  struct Stamp {
    var time: UInt16
    var date: UInt16

    init(_ modified: Date) {
      let seconds = max(315_532_800, Int(modified.timeIntervalSince1970))  // 1980-01-01
      let (year, month, day) = Self.civil(seconds / 86_400)
      let secondOfDay = seconds % 86_400
      date = UInt16((year - 1980) << 9 | month << 5 | day)
      time = UInt16(
        (secondOfDay / 3600) << 11 | (secondOfDay / 60 % 60) << 5 | (secondOfDay % 60) / 2)
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

  static func localHeader(name: Data, stamp: Stamp, crc: UInt32, size: UInt32) -> Data {
    var local = Data()
    local.reserveCapacity(30 + name.count)
    local.le32(0x0403_4b50)
    local.appendSharedFields(name: name, stamp: stamp, crc: crc, size: size)
    local.append(name)
    return local
  }

  static func centralHeader(name: Data, stamp: Stamp, crc: UInt32, size: UInt32, offset: UInt32)
    -> Data
  {
    var central = Data()
    central.reserveCapacity(46 + name.count)
    central.le32(0x0201_4b50)
    central.le16(0x0314)  // made by: Unix, 2.0
    central.appendSharedFields(name: name, stamp: stamp, crc: crc, size: size)
    central.le16(0)  // comment
    central.le16(0)  // disk
    central.le16(0)  // internal attributes
    central.le32(0o100644 << 16)  // external: a regular file, rw-r--r--
    central.le32(offset)
    central.append(name)
    return central
  }

  static func end(count: Int, directorySize: Int, directoryOffset: Int) -> Data {
    var out = Data()
    out.le32(0x0605_4b50)
    out.le16(0)
    out.le16(0)
    out.le16(UInt16(count))
    out.le16(UInt16(count))
    out.le32(UInt32(directorySize))
    out.le32(UInt32(directoryOffset))
    out.le16(0)
    return out
  }
}

extension Data {
  /// The fields a local header and its central directory entry share, in their order:
  /// version needed (2.0), UTF-8 names, stored, time, date, CRC, both sizes, name length and
  /// an empty extra field.
  fileprivate mutating func appendSharedFields(
    name: Data, stamp: ZipFormat.Stamp, crc: UInt32, size: UInt32
  ) {
    le16(20)
    le16(0x0800)
    le16(0)
    le16(stamp.time)
    le16(stamp.date)
    le32(crc)
    le32(size)
    le32(size)
    le16(UInt16(name.count))
    le16(0)
  }

  fileprivate mutating func le16(_ value: UInt16) {
    append(UInt8(value & 0xff))
    append(UInt8(value >> 8))
  }

  fileprivate mutating func le32(_ value: UInt32) {
    for shift in stride(from: 0, to: 32, by: 8) { append(UInt8((value >> UInt32(shift)) & 0xff)) }
  }
}

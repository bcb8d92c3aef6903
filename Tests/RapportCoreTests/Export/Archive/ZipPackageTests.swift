import Foundation
import RapportCore
import RapportTestSupport
import Testing

/// Zip files as ZIPFoundation writes them for Rapport, read back by Python's zipfile (CRCs,
/// methods, dates) and `unzip -t`.
@Suite struct ZipPackageTests {
  struct Member: Decodable, Equatable {
    var name: String
    var method: Int
    var date: [Int]
    var size: Int
    var compressed: Int
  }

  static let modified = Date(timeIntervalSince1970: 1_664_805_909)  // 2022-10-03 14:05:09 UTC

  static func sample() throws -> Data {
    let zip = try ZipPackage.inMemory(modified: modified)
    try zip.add("a.txt", Data("hello\n".utf8))
    try zip.add("folder/ünïcode “name”.txt", Data(repeating: 0xAB, count: 70_000))
    try zip.add("empty", Data())
    let recording = WAVFixture.silence()
    try zip.add("sources/r.wav", size: recording.count, compressed: false) { offset, count in
      recording.subdata(in: offset..<min(recording.count, offset + count))
    }
    return zip.finish() ?? Data()
  }

  @Test("members read back with their names, compressed, stamped with the one fixed time")
  func membersReadBackCompressed() throws {
    let folder = TemporaryFolder()
    let path = try ExportTestSupport.write(try Self.sample(), "t.zip", in: folder)
    let members = try ExportValidators.read([Member].self, "zipcheck.py", [path])
    #expect(
      members.map(\.name) == ["a.txt", "folder/ünïcode “name”.txt", "empty", "sources/r.wav"])
    // DEFLATE for the parts; a recording is stored (it would not shrink, and it is large).
    #expect(members.map(\.method) == [8, 8, 8, 0])
    #expect(members.map(\.size) == [6, 70_000, 0, 16_044])
    #expect(members[1].compressed < 1_000, "70,000 equal bytes deflate to almost nothing")
    // Zip times have 2-second steps: 14:05:09 is written 14:05:08.
    #expect(members.allSatisfy { $0.date == [2022, 10, 3, 14, 5, 8] })
  }

  @Test("the same members give the same bytes, whenever and wherever they are written")
  func repeatedArchivesAreByteIdentical() throws {
    #expect(try Self.sample() == Self.sample())
  }

  @Test("a recording that cannot be read fails with its own error, not the zip's")
  func aFailingReaderSaysWhy() throws {
    struct Unreadable: Error, Equatable {}
    let zip = try ZipPackage.inMemory(modified: Self.modified)
    #expect(throws: Unreadable()) {
      try zip.add("sources/r.wav", size: 10, compressed: false) { _, _ in throw Unreadable() }
    }
  }
}

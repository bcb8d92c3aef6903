import Foundation
import RapportCore
import RapportTestSupport
import Testing

/// The stored zip writer, read back by Python's zipfile (CRCs) and `unzip -t`.
@Suite struct ZipArchiveTests {
  @Test func membersReadBackWithTheirNamesAndChecksums() throws {
    var zip = ZipArchive(modified: JournalFixtures.startDate)
    try zip.add("a.txt", Data("hello\n".utf8))
    try zip.add("folder/ünïcode “name”.txt", Data(repeating: 0xAB, count: 70_000))
    try zip.add("empty", Data())
    let folder = TemporaryFolder()
    let path = try ExportTestSupport.write(zip.data, "t.zip", in: folder)
    let names = try ExportValidators.read([String].self, "zipcheck.py", [path])
    #expect(names == ["a.txt", "folder/ünïcode “name”.txt", "empty"])
  }
}

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

@Suite("Streamed zip")
struct ZipWriterTests {
  @Test("a zip streamed in pieces has the bytes of the one built in memory")
  func streamedEqualsInMemory() throws {
    let modified = Date(timeIntervalSince1970: 1_664_805_909)
    var archive = ZipArchive(modified: modified)
    try archive.add("a.txt", Data("first member".utf8))
    try archive.add("folder/b.xml", Data("<x>ünïcode</x>".utf8))
    let sink = MemorySink()
    var writer = ZipWriter(sink: sink, modified: modified)
    try writer.add("a.txt", Data("first member".utf8))
    try writer.begin("folder/b.xml")
    try writer.append(Data("<x>ünï".utf8))
    try writer.append(Data("code</x>".utf8))
    try writer.end()
    try writer.finish()
    #expect(sink.data == archive.data)
  }
}

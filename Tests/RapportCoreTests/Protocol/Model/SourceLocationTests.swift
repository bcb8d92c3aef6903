import Foundation
import Testing

@testable import RapportCore

/// Testing has a `SourceLocation` of its own.
private typealias SourceLocation = RapportCore.SourceLocation

/// A location is 16 bytes (a loaded protocol holds one for every value) and still behaves
/// as the plain `file`, `line`, `column` triple it was: exact values, equality, hashing,
/// order and JSON.
@Suite struct SourceLocationTests {
  @Test func aLocationAndALocatedTextAreSmall() {
    #expect(MemoryLayout<SourceLocation>.size == 16)
    #expect(MemoryLayout<Located<String>>.size == 32)
    // An absent optional text costs no tag byte (it was 49 bytes, stride 56).
    #expect(MemoryLayout<Located<String>?>.stride == 32)
  }

  @Test func locationsInOneFileShareItsPathAndEqualFreshOnes() {
    let file = SourceFile("a.yaml")
    let shared = SourceLocation(file, line: 3, column: 5)
    let fresh = SourceLocation(file: "a.yaml", line: 3, column: 5)
    #expect(shared == fresh)
    #expect(shared.hashValue == fresh.hashValue)
    #expect(Set([shared, fresh]).count == 1)
    #expect(shared != SourceLocation(file: "b.yaml", line: 3, column: 5))
    #expect(shared.advanced(by: 2) == SourceLocation(file: "a.yaml", line: 3, column: 7))
    #expect(shared.description == "a.yaml:3:5")
  }

  @Test func valuesBeyond32BitsAndSettersAreKeptExactly() {
    var location = SourceLocation(file: "a.yaml", line: Int(Int32.max) + 10, column: -1)
    #expect((location.line, location.column) == (Int(Int32.max) + 10, -1))
    location.column = Int(Int32.min)
    location.line = 7
    #expect((location.file, location.line, location.column) == ("a.yaml", 7, Int(Int32.min)))
    location.file = "b.yaml"
    #expect(location.description == "b.yaml:7:\(Int32.min)")
    #expect(location < SourceLocation(file: "b.yaml", line: 8, column: 1))
  }

  @Test func jsonIsTheFileLineAndColumn() throws {
    let location = SourceLocation(file: "a.yaml", line: 3, column: 5)
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let json = String(decoding: try encoder.encode(location), as: UTF8.self)
    #expect(json == #"{"column":5,"file":"a.yaml","line":3}"#)
    #expect(try JSONDecoder().decode(SourceLocation.self, from: Data(json.utf8)) == location)
  }
}

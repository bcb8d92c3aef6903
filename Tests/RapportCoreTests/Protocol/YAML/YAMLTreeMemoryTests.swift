import Foundation
import RapportTestSupport
import Testing

@testable import RapportCore

/// The loader holds one copy of a file: the tree reads a scalar where it lies in the file's
/// own bytes and copies only text written differently from how it reads (escapes, folded
/// lines, block scalars), so loading a large protocol does not hold its text twice.
@Suite struct YAMLTreeMemoryTests {
  @Test func aLargeProtocolIsKeptOnceAndAlmostNothingIsCopied() throws {
    let data = Data(Self.generatedProtocol(steps: 500).utf8)
    let tree = try #require(Self.tree(data))
    let shared = data.withUnsafeBytes { file in
      tree.source.withUnsafeBytes { kept in file.baseAddress == kept.baseAddress }
    }
    #expect(shared, "the tree keeps the caller's bytes, not a copy")
    // Before scalars pointed into the file, every one was copied: about 60% of it.
    #expect(tree.bytes.count * 100 <= data.count, "\(tree.bytes.count) of \(data.count) copied")
  }

  /// One record a node, about one node per 10 bytes of text: 16 bytes each, not 20.
  @Test func aNodeRecordIsSixteenBytes() throws {
    #expect(MemoryLayout<YAMLTree.Record>.stride == 16)
    let tree = try #require(Self.tree(Data("a: !x 1\nb: !y 1\n!x c: 2\nc: 3\n".utf8)))
    let keys = tree.pairs(YAMLNode(0)).map(\.key)
    #expect(keys.map { tree.tag($0) } == [0, 0, 1, 0])
    #expect(tree.pairs(YAMLNode(0)).map { tree.tag($0.value) } == [1, 2, 0, 0])
  }

  @Test func theShippedInterviewCopiesOnlyItsFoldedText() throws {
    let data = try Data(contentsOf: ShippedProtocols.url("belonging-interview.yaml"))
    let tree = try #require(Self.tree(data))
    let text = tree.records.filter { $0.kind == .scalar }.map { Int($0.count) }.reduce(0, +)
    // Its folded paragraphs (`ask: >-`, a third of its text) are copies; every other value
    // is read in place (before, all of it was copied).
    #expect(tree.bytes.count * 2 <= text, "\(tree.bytes.count) of \(text) bytes of text copied")
  }

  /// Scalars after non-ASCII text (libyaml counts characters, the tree bytes) read the same
  /// whether they point into the file or are copies; only the copies use the buffer.
  @Test func pointedAndCopiedScalarsReadAsWritten() throws {
    let text = """
      é: "caf\\u00e9 ü"
      ü: 'it''s ünï'
      plain: ünïcödé words
      folded: two
        lines
      block: |
        literal é
      anchored: &a ånchor
      tagged: !!str tägged
      alias: *a
      "quoted key": ✓ done

      """
    let tree = try #require(Self.tree(Data(text.utf8)))
    let strings = tree.entries(YAMLNode(0)).map { tree.string($0) }
    #expect(
      strings == [
        "é", "café ü", "ü", "it's ünï", "plain", "ünïcödé words", "folded", "two lines", "block",
        "literal é\n", "anchored", "ånchor", "tagged", "tägged", "alias", "ånchor", "quoted key",
        "✓ done",
      ])
    let copied = ["café ü", "it's ünï", "two lines", "literal é\n"].map(\.utf8.count).reduce(0, +)
    #expect(tree.bytes.count == copied)
  }

  private static func tree(_ data: Data) -> YAMLTree? {
    guard case .tree(let tree) = YAMLInput.compose(data, path: "p.yaml", kind: "a protocol")
    else { return nil }
    return tree
  }

  /// The steps of `scripts/gen-large-protocol`, one of each kind in turn.
  static func generatedProtocol(steps: Int) -> String {
    var text = "rapport: 1\nid: large\ntitle: Generated\nduration: 999h\nsteps:\n"
    for index in 1...steps {
      switch index % 5 {
      case 0:
        text += """
            - id: q\(index)
              when: year >= 3 and school != "dd"
              ask: How did step \(index) go for you?
              prompts:
                - Could you tell me a little bit more about that?
              budget: 30s

          """
      case 1:
        text += """
            - id: c\(index)
              type: multiple-choice
              ask: Which of these apply at step \(index)?
              options:
                - a: First choice
                - b: Second choice

          """
      case 2:
        text += "  - id: k\(index)\n    checklist: Checklist\n    items:\n      - Item one\n"
      case 3:
        text += """
            - id: n\(index)
              when: '"a" in c\(index - 2)'
              type: integer
              ask: A number?

          """
      default:
        text += "  - id: m\(index)\n    marker: Marker \(index)\n"
      }
    }
    return text
  }
}

import Foundation
import Testing

@testable import RapportCore

/// Input that is not a protocol at all gives exactly one clear diagnostic, quickly.
@Suite struct BadInputTests {
  private func lint(_ data: Data) -> String {
    DiagnosticReport.text(Linter.lint(data: data, path: "bad.yaml"), colour: false)
  }

  private func lint(_ text: String) -> String { lint(Data(text.utf8)) }

  /// Runs `body` and fails when it takes a second or more (it should take milliseconds).
  private func quickly(_ body: () -> String) -> String {
    let clock = ContinuousClock()
    var output = ""
    let elapsed = clock.measure { output = body() }
    #expect(elapsed < .seconds(1), "took \(elapsed)")
    return output
  }

  @Test(arguments: ["", "\n\n  \n", "# only a comment\n"])
  func emptyFile(text: String) {
    #expect(lint(text) == "bad.yaml:1:1: error: file is empty [empty-file]\n")
  }

  @Test func binaryFileNamesTheNulByte() {
    let data = Data("rapport: 1\nid: a".utf8) + Data([0, 1, 2])
    #expect(
      lint(data)
        == "bad.yaml:2:6: error: file looks binary (it contains a NUL byte); a protocol is YAML text [binary-file]\n"
    )
  }

  @Test func nonUTF8FileNamesTheLineAndColumnOfTheBadByte() {
    // "café" saved as Latin-1: é is the single byte 0xE9.
    let data = Data("rapport: 1\ntitle: ‘caf".utf8) + Data([0xE9]) + Data("’\n".utf8)
    #expect(
      lint(data)
        == "bad.yaml:2:12: error: file is not UTF-8 text (byte 0xe9 here); save it as UTF-8 [not-utf8]\n"
    )
  }

  @Test func overlongAndSurrogateEncodingsAreNotUTF8() {
    #expect(InputScreening.firstInvalidUTF8(in: [0x61, 0xC0, 0x80]) == 1)
    #expect(InputScreening.firstInvalidUTF8(in: [0xED, 0xA0, 0x80]) == 0)
    #expect(InputScreening.firstInvalidUTF8(in: [0xE2, 0x80]) == 0)
    #expect(InputScreening.firstInvalidUTF8(in: Array("‘ok’ 😀".utf8)) == nil)
  }

  @Test func fileOverThirtyTwoMebibytesIsRefusedUnread() {
    let data = Data(repeating: UInt8(ascii: "a"), count: 32 * 1024 * 1024 + 1)
    let output = quickly { lint(data) }
    #expect(
      output
        == "bad.yaml:1:1: error: file is larger than 32 MiB, the limit for a protocol file [file-too-large]\n"
    )
  }

  @Test(arguments: ["[", "{", "- "])
  func hundredThousandOpenCollectionsAreTooDeep(opener: String) {
    let text = String(repeating: opener, count: 100_000)
    let output = quickly { lint(text) }
    #expect(
      output.hasSuffix(
        "error: nesting is deeper than 100 levels; a protocol needs far fewer [too-deep]\n"))
    #expect(output.split(separator: "\n").count == 1)
  }

  @Test func deepIndentationIsTooDeep() {
    let text = (0..<150).map { String(repeating: " ", count: $0) + "a:\n" }.joined()
    #expect(
      lint(text)
        == "bad.yaml:101:101: error: nesting is deeper than 100 levels; a protocol needs far fewer [too-deep]\n"
    )
  }

  @Test func aliasesThatNestPastTheLimitAreTooDeep() {
    let fifty = String(repeating: "[", count: 50)
    let close = String(repeating: "]", count: 50)
    let text = "a: &a \(fifty)x\(close)\nb: &b \(fifty)*a\(close)\nc: \(fifty)*b\(close)\n"
    let output = quickly { lint(text) }
    #expect(output.contains("error: nesting is deeper than 100 levels"), "\(output)")
  }

  static let billionLaughs: String = {
    var lines = ["a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]"]
    for (previous, name) in zip("abcdefgh", "bcdefghi") {
      lines.append(
        "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",")
          + "]")
    }
    return lines.joined(separator: "\n") + "\n"
  }()

  @Test func billionLaughsIsStoppedQuickly() {
    let output = quickly { lint(Self.billionLaughs) }
    #expect(
      output
        == "bad.yaml:9:1: error: aliases ('*name') expand to more values than the file has characters; this looks like an alias bomb ('billion laughs') [alias-bomb]\n"
    )
  }

  @Test func aliasBombUsedAsAKeyIsRefusedBeforeComposing() {
    // Yams hashes mapping keys while composing; an alias key would hash the whole bomb.
    let output = quickly { lint(Self.billionLaughs + "j: {*i : x}\n") }
    #expect(
      output
        == "bad.yaml:10:5: error: a key must be a plain word, not a list, a mapping or an alias [complex-key]\n"
    )
  }

  @Test func yamlSyntaxErrorIsReportedAtLibyamlsPlace() {
    #expect(
      lint("rapport: 1\nid: x\n  title: y\n")
        == "bad.yaml:3:8: error: mapping values are not allowed in this context [yaml-syntax]\n")
  }

  @Test func undefinedAliasIsASyntaxError() {
    #expect(
      lint("rapport: 1\nid: *nothing\n")
        == "bad.yaml:2:5: error: found undefined alias [yaml-syntax]\n")
  }
}

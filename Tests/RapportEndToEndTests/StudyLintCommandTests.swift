import Foundation
import RapportTestSupport
import Testing

/// `rapport lint` checks study files as well as protocols, with the protocols they name.
@Suite struct StudyLintCommandTests {
  @Test func theShippedFilesLintCleanTogether() throws {
    let root = ShippedProtocols.packageRoot.path
    let result = try runProcess(
      RapportBinary.path,
      ["lint"]
        + ["belonging-interview.yaml", "eligibility-screening.yaml", "belonging-study.yaml"]
        .map { "\(root)/Protocols/\($0)" })
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stderr == "0 errors, 0 warnings in 3 files\n")
  }

  @Test func aBrokenStudyFileGetsLocatedErrorsAndExitOne() throws {
    let temp = TemporaryFolder()
    let root = ShippedProtocols.packageRoot.path
    let text = try String(contentsOfFile: "\(root)/Protocols/belonging-study.yaml", encoding: .utf8)
      .replacingOccurrences(
        of: "protocol: eligibility-screening.yaml",
        with: "protocol: \(root)/Protocols/eligibility-screening.yaml"
      )
      .replacingOccurrences(
        of: "protocol: belonging-interview.yaml",
        with: "protocol: \(root)/Protocols/belonging-interview.yaml"
      )
      .replacingOccurrences(of: "cells: [1, 2, 3, 4, 5]", with: "cells: [1, 2, 3, 4, 9]")
    let path = "\(temp.path)/study.yaml"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    let result = try runProcess(RapportBinary.path, ["lint", path], environment: ["NO_COLOR": "1"])
    #expect(result.status == 1)
    #expect(
      result.stdout == """
        \(path):74:25: error: no answer to 'year' can fill the cell '9': it is above the maximum [quota-cell-unfillable]

        """)
  }
}

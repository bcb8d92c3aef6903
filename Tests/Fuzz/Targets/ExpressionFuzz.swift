import Foundation
import RapportCore

/// libFuzzer entry for the `when:`/`constraint:` expression language: parse any text, then
/// type-check and evaluate what parses, and check that the canonical spelling reparses to
/// the same tree (messages and the paper guide quote expressions in that spelling).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExpression(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  guard case .success(let expression) = ExpressionParser.parse(source) else { return 0 }
  _ = ExpressionTypeChecker.check(expression, items: FuzzItems.signatures)
  for answers in FuzzItems.answerSets {
    _ = ExpressionEvaluator.evaluate(expression, answers: answers)
  }
  let spelled = expression.text
  if case .success(let again) = ExpressionParser.parse(spelled) {
    precondition(again.text == spelled, "canonical spelling is not stable")
  } else if spelled.count <= ExpressionParser.maximumLength {
    preconditionFailure("canonical spelling does not parse")
  }
  return 0
}

/// Items of every type, named as the shipped protocols and the seed corpus name them.
enum FuzzItems {
  static let signatures: [String: ItemSignature] = [
    "year": ItemSignature(type: .integer),
    "age": ItemSignature(type: .number),
    "school": ItemSignature(type: .singleChoice, optionValues: ["ucl", "kcl", "other"]),
    "gender": ItemSignature(type: .multipleChoice, optionValues: ["woman", "man", "Other"]),
    "consent": ItemSignature(type: .consent),
    "firstgen": ItemSignature(type: .yesNo),
    "start": ItemSignature(type: .date),
    "why": ItemSignature(type: .text),
    "belong": ItemSignature(type: .scale),
  ]

  static let answerSets: [[String: AnswerValue]] = [
    [:],
    [
      "year": .number(3), "age": .number(21.5), "school": .choices(["ucl"]),
      "gender": .choices(["woman", "my own words"]), "consent": .boolean(true),
      "firstgen": .boolean(false), "start": .date("2022-10-01"), "why": .text("x"),
      "belong": .number(4),
    ],
    ["year": .text("3"), "school": .number(1), "gender": .boolean(true), "start": .text("")],
  ]
}

/// What the type checker needs to know about an item an expression names.
public struct ItemSignature: Equatable, Sendable {
  public var type: ItemType
  /// The values a choice item's answer may equal: its option values and its `other` label.
  public var optionValues: [String]

  public init(type: ItemType, optionValues: [String] = []) {
    self.type = type
    self.optionValues = optionValues
  }

  /// The signature of a protocol's item: option values, plus the `other` label if any.
  public init(_ item: SurveyItem) {
    self.type = item.type
    self.optionValues = item.options.map(\.value.value) + (item.other.map { [$0.value] } ?? [])
  }
}
